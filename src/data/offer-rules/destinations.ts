/**
 * Places of work an offer may name, as cues with an ISO 3166-1 alpha-2 country. They are facts, not
 * risks: rules combine them with other signals (a free ticket to Thailand; a minor sent abroad).
 * Patterns in the pattern language of src/sdk/offer-check/pattern.ts; Kazakh and Kyrgyz patterns
 * also match their Latin spelling, Uzbek Latin ones their Cyrillic spelling.
 */
import type { CueRule } from '../../sdk/offer-check/rule-schema.js';

const dest = (country: string, patterns: CueRule['patterns']): CueRule => ({ kind: 'cue', id: `dest-${country.toLowerCase()}`, country, patterns });

export const destinations: CueRule[] = [
  dest('AE', {
    en: ['dubai', 'abu dhabi', 'uae', 'united arab emirates', 'sharjah', 'ajman'],
    ru: ['дубай*', 'дубаи', 'дубае', 'оаэ', 'эмират*', 'абу даби', 'абу-даби', 'шарджа*', 'аджман*'],
    kk: ['біріккен араб әмірліктері*', 'араб әмірлік*'],
    ky: ['бириккен араб эмираттар*'],
    uz: ['dubay*', 'dubai', 'birlashgan arab amirlik*', 'arab amirlik*', 'amirlik*'],
    tg: ['аморат*', 'аморатҳои муттаҳидаи араб'],
    tk: ['dubaý*', 'birleşen arap emirlik*', 'arap emirlik*'],
  }),
  dest('TR', {
    en: ['turkey', 'türkiye', 'istanbul', 'antalya', 'ankara', 'alanya', 'izmir', 'bodrum'],
    ru: ['турци*', 'стамбул*', 'анталь*', 'анталия*', 'анкар*', 'алань*', 'измир*', 'бодрум*'],
    kk: ['түркия*', 'түркияға', 'ыстамбұл*'],
    ky: ['түркия*', 'түркияга'],
    uz: ['turkiya*', 'istanbul*', 'antaliya*'],
    tg: ['туркия*', 'истанбул*', 'истамбул*'],
    tk: ['türkiýe*', 'stambul*', 'antalýa*'],
  }),
  dest('KR', {
    en: ['korea*', 'seoul', 'busan', 'incheon'],
    ru: ['коре*', 'сеул*', 'пусан*', 'инчхон*'],
    kk: ['корея*', 'кореяға'],
    ky: ['корея*', 'кореяга'],
    uz: ['koreya*', 'janubiy koreya*'],
    tg: ['корея*', 'кореяи ҷанубӣ'],
    tk: ['koreýa*', 'günorta koreýa*'],
  }),
  dest('RU', {
    en: ['russia', 'moscow', 'st petersburg', 'saint petersburg'],
    ru: ['росси*', 'рф', 'москв*', 'подмосков*', 'петербург*', 'спб', 'екатеринбург*', 'новосибирск*', 'сургут*', 'якутск*', 'красноярск*'],
    kk: ['ресей*', 'мәскеу*'],
    ky: ['орусия*', 'орусияга', 'россияга'],
    uz: ['rossiya*', 'moskva*', 'rossiyaga', 'sankt peterburg*'],
    tg: ['русия*', 'россия*', 'маскав*'],
    tk: ['russiýa*', 'moskwa*'],
  }),
  dest('TH', {
    en: ['thailand', 'bangkok', 'phuket', 'pattaya'],
    ru: ['таиланд*', 'тайланд*', 'бангкок*', 'пхукет*', 'паттай*'],
    uz: ['tailand*', 'tayland*', 'bangkok*'],
    tk: ['taýland*', 'tailand*'],
    tg: ['таиланд*', 'тайланд*'],
  }),
  dest('MM', { en: ['myanmar', 'burma'], ru: ['мьянм*', 'бирм*', 'мьянма'], uz: ['myanma*'], tk: ['mýanma*'] }),
  dest('KH', { en: ['cambodia', 'phnom penh', 'sihanoukville'], ru: ['камбодж*', 'пномпен*'], uz: ['kambodja*'], tk: ['kamboja*'] }),
  dest('LA', { en: ['laos'], ru: ['лаос*'], uz: ['laos*'] }),
  dest('PH', { en: ['philippines', 'manila'], ru: ['филиппин*', 'манил*'], uz: ['filippin*'] }),
  dest('PL', { en: ['poland', 'warsaw', 'wroclaw', 'krakow'], ru: ['польш*', 'варшав*', 'вроцлав*', 'краков*'], uz: ['polsha*'], kk: ['польша*'], ky: ['польша*'], tk: ['polşa*'] }),
  dest('DE', { en: ['germany', 'berlin', 'munich'], ru: ['германи*', 'берлин*', 'мюнхен*'], uz: ['germaniya*'], kk: ['германия*'], tk: ['germaniýa*'] }),
  dest('GB', { en: ['uk', 'united kingdom', 'britain', 'england', 'london', 'scotland'], ru: ['великобритани*', 'англи(я|и|ю|ей)', 'лондон*', 'шотланди*'], uz: ['buyuk britaniya*', 'angliya*'], tk: ['beýik britaniýa*', 'angliýa*'] }),
  dest('US', { en: ['usa', 'united states', 'america'], ru: ['соединенные штаты', 'нью йорк*'], uz: ['amerika qoʻshma shtatlari'], tk: ['amerika*'] }),
  dest('JP', { en: ['japan', 'tokyo'], ru: ['япони*', 'токио'], uz: ['yaponiya*'], tk: ['ýaponiýa*'] }),
  dest('IL', { en: ['israel', 'tel aviv'], ru: ['израил*', 'тель авив*', 'тель-авив*'], uz: ['isroil*'] }),
  dest('CY', { en: ['cyprus'], ru: ['кипр*'], uz: ['kipr*'] }),
  dest('QA', { en: ['qatar', 'doha'], ru: ['катар*', 'доха'], uz: ['qatar*'] }),
  dest('SA', { en: ['saudi arabia', 'riyadh', 'jeddah'], ru: ['саудовск*', 'эр-рияд*', 'джидд*'], uz: ['saudiya*'] }),
  dest('CZ', { en: ['czech*'], ru: ['чехи*'], uz: ['chexiya*'] }),
  dest('CN', { en: ['china'], ru: ['китай*', 'китае'], uz: ['xitoy*'], kk: ['қытай*'], ky: ['кытай*'], tg: ['чин'] }),
  dest('KZ', { en: ['kazakhstan', 'almaty', 'astana'], ru: ['казахстан*', 'алмат*', 'астан*'], uz: ['qozogʻiston*'], kk: ['қазақстан*', 'алматы*', 'астана*'], ky: ['казакстан*'], tg: ['қазоқистон*'], tk: ['gazagystan*'] }),
];

/** Countries where, in 2024–2025, people from Central Asia were taken to online-scam compounds. */
export const scamCompoundCountries = ['TH', 'MM', 'KH', 'LA', 'PH'];

/** Countries of the region itself; naming one is not "abroad" for the combinations below. */
export const regionalCountries = ['KZ'];
