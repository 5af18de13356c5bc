/**
 * The words for the offer check's codes: flag titles and explanations, advice and level labels.
 * The one copy of these texts, shared by every widget that shows an offer-check result
 * (`<safe-offer-badge>`, and `<safe-offer-check>` by importing this module).
 *
 * Each function returns `msg()` text, so call it while rendering, in the locale in force then.
 * Message ids are explicit and stable: a flag's explanation is `flag.<flag id>`, its title
 * `flag-title.<flag id>`, advice `advice.<code>`, a level `level.<level>` — so translators see
 * what each text is for, and a test can prove every bundled flag id and advice code has words.
 *
 * Wording: plain and short, for a 16–20-year-old reading on a phone; it describes a sign and why it
 * matters, never a verdict ("this is trafficking") and never a label for the reader. Flags that
 * only the questionnaire raises are worded so they read right after the person's own answers.
 */
import { msg } from '@lit/localize';
import type { AdviceCode } from '../../sdk/offer-check/types.js';

// The level labels are a first screen (the badge keeps the space of the longest), so they are a
// module of their own; the rest of these words travel with the engine (offer-engine.ts).
export { levelLabel } from './level-label.js';

/** The short name of a flag, a few words, shown as the flag's heading. */
export function flagTitle(id: string): string {
  switch (id) {
    case 'sex-industry-hint':
      return msg('Hints at sex work', { id: 'flag-title.sex-industry-hint' });
    case 'drug-courier':
      return msg('Drug drops called courier work', { id: 'flag-title.drug-courier' });
    case 'military-recruitment':
      return msg('Military contract or war zone', { id: 'flag-title.military-recruitment' });
    case 'entertainment-job':
      return msg('Hostess, dancer or model work', { id: 'flag-title.entertainment-job' });
    case 'details-in-private':
      return msg('Details only in private', { id: 'flag-title.details-in-private' });
    case 'employer-hidden':
      return msg('Employer or place kept back', { id: 'flag-title.employer-hidden' });
    case 'free-travel':
      return msg('Free tickets or visa', { id: 'flag-title.free-travel' });
    case 'easy-money':
      return msg('Easy money', { id: 'flag-title.easy-money' });
    case 'pay-too-good':
      return msg('Pay too good to be true', { id: 'flag-title.pay-too-good' });
    case 'tourist-visa-work':
      return msg('Work without a work visa', { id: 'flag-title.tourist-visa-work' });
    case 'no-contract':
      return msg('No written contract', { id: 'flag-title.no-contract' });
    case 'recruitment-fee':
      return msg('You pay for the job', { id: 'flag-title.recruitment-fee' });
    case 'personal-card-payment':
      return msg('Money to a personal card', { id: 'flag-title.personal-card-payment' });
    case 'official-channel-bypass':
      return msg('Going around the official way', { id: 'flag-title.official-channel-bypass' });
    case 'guaranteed-visa':
      return msg('A visa “guaranteed”', { id: 'flag-title.guaranteed-visa' });
    case 'marriage-offer':
      return msg('Marriage promised', { id: 'flag-title.marriage-offer' });
    case 'messenger-only':
      return msg('Only a messenger contact', { id: 'flag-title.messenger-only' });
    case 'passport-copy-request':
      return msg('Asks for a passport copy', { id: 'flag-title.passport-copy-request' });
    case 'documents-via-messenger':
      return msg('Passport by messenger', { id: 'flag-title.documents-via-messenger' });
    case 'cost-deducted-from-pay':
      return msg('Costs taken from your pay', { id: 'flag-title.cost-deducted-from-pay' });
    case 'work-off-debt':
      return msg('Work off a debt', { id: 'flag-title.work-off-debt' });
    case 'wage-withholding':
      return msg('Pay held back', { id: 'flag-title.wage-withholding' });
    case 'secrecy':
      return msg('Keep it secret', { id: 'flag-title.secrecy' });
    case 'urgency':
      return msg('Pressure to hurry', { id: 'flag-title.urgency' });
    case 'looks-requirement':
      return msg('Asks about looks', { id: 'flag-title.looks-requirement' });
    case 'body-requirement':
      return msg('Asks about your body or for photos', { id: 'flag-title.body-requirement' });
    case 'young-women-targeting':
      return msg('Looking for young women', { id: 'flag-title.young-women-targeting' });
    case 'minors-accepted':
      return msg('Open to under-18s', { id: 'flag-title.minors-accepted' });
    case 'minors-abroad':
      return msg('Under-18s taken abroad', { id: 'flag-title.minors-abroad' });
    case 'scam-compound-lure':
      return msg('Known scam-centre scheme', { id: 'flag-title.scam-compound-lure' });
    case 'border-transfer':
      return msg('Taken on to a border town', { id: 'flag-title.border-transfer' });
    case 'no-weekly-rest':
      return msg('No day off in the week', { id: 'flag-title.no-weekly-rest' });
    case 'excessive-hours':
      return msg('Very long hours', { id: 'flag-title.excessive-hours' });
    case 'crowded-housing':
      return msg('Many people to a room', { id: 'flag-title.crowded-housing' });
    case 'poor-housing':
      return msg('Tents or no water', { id: 'flag-title.poor-housing' });
    case 'hazardous-work':
      return msg('Unsafe work at height', { id: 'flag-title.hazardous-work' });
    case 'no-social-protection':
      return msg('No insurance', { id: 'flag-title.no-social-protection' });
    case 'false-legal-assurance':
      return msg('Says the law is no problem', { id: 'flag-title.false-legal-assurance' });
    case 'fines':
      return msg('Fines from your pay', { id: 'flag-title.fines' });
    case 'isolated-work':
      return msg('A remote place for months', { id: 'flag-title.isolated-work' });
    case 'no-base-pay':
      return msg('Pay only from results', { id: 'flag-title.no-base-pay' });
    case 'confinement':
      return msg('Not free to go out or use your phone', { id: 'flag-title.confinement' });
    case 'passport-retention':
      return msg('Someone else keeps your passport', { id: 'flag-title.passport-retention' });
    case 'unlicensed-agency':
      return msg('Agency without a licence', { id: 'flag-title.unlicensed-agency' });
    case 'employer-unverified':
      return msg('Employer not known', { id: 'flag-title.employer-unverified' });
    case 'recruited-by-partner':
      return msg('Arranged by someone close', { id: 'flag-title.recruited-by-partner' });
    default:
      // A site's own rules (compileOfferRules) may add ids this module has no words for.
      return msg('Another warning sign', { id: 'flag-title.other' });
  }
}

/** Why a flag matters, in one or two plain sentences. Empty for an id this module does not know. */
export function flagExplanation(id: string): string {
  switch (id) {
    case 'sex-industry-hint':
      return msg('Some words in the offer are often used to hide sex work, such as escort, pay per drink or keeping men company. People who go can be forced into it.', {
        id: 'flag.sex-industry-hint',
      });
    case 'drug-courier':
      return msg('Leaving "parcels" at a spot on a map and sending the coordinates is how drug dealers recruit couriers. It is a crime, and the recruiters then threaten to report the courier.', {
        id: 'flag.drug-courier',
      });
    case 'military-recruitment':
      return msg('The offer is about a military contract or work in a war zone. High pay offers like this have been used to send men from Central Asia to fight.', {
        id: 'flag.military-recruitment',
      });
    case 'entertainment-job':
      return msg('Work abroad as a hostess, dancer, model or in a night club is a common lure. The real work is often not what was promised.', {
        id: 'flag.entertainment-job',
      });
    case 'details-in-private':
      return msg('The job, the place or the employer are kept for a private message or a meeting. An honest employer writes them in the offer.', {
        id: 'flag.details-in-private',
      });
    case 'employer-hidden':
      return msg('The offer does not say who the employer is or where the work is, only later or in a private message. A job you cannot name is a job you cannot check.', {
        id: 'flag.employer-hidden',
      });
    case 'free-travel':
      return msg('Fair employers often pay for travel, so this alone says little. But free tickets are also a common lure, and the cost is sometimes turned into a debt later.', {
        id: 'flag.free-travel',
      });
    case 'easy-money':
      return msg('Promises of easy or fast money are a common lure. A real job says what the work is and how much it pays.', { id: 'flag.easy-money' });
    case 'pay-too-good':
      return msg('The pay is much higher than this kind of work usually pays, or it is high for work that needs no experience.', { id: 'flag.pay-too-good' });
    case 'tourist-visa-work':
      return msg('Working on a tourist visa or without a work permit is not allowed. It leaves you without protection, and the employer can threaten to report you.', {
        id: 'flag.tourist-visa-work',
      });
    case 'no-contract':
      return msg('There is no written contract, or it will be signed only after you arrive. Without one, nobody has to keep the promises.', {
        id: 'flag.no-contract',
      });
    case 'recruitment-fee':
      return msg('You are asked to pay for the job, the visa or the papers. Fair employers and licensed agencies do not take money from workers for a job.', {
        id: 'flag.recruitment-fee',
      });
    case 'personal-card-payment':
      return msg('Money goes to a person’s bank card, not to a company account. You would have no proof that you paid, and could lose the money.', {
        id: 'flag.personal-card-payment',
      });
    case 'official-channel-bypass':
      return msg('The offer promises to get you into a state programme, like Korea’s EPS, without the official exam or agency. These programmes work only through the state agency.', {
        id: 'flag.official-channel-bypass',
      });
    case 'guaranteed-visa':
      return msg('The offer promises a visa or a place for certain. Only an embassy or a state programme decides who gets a visa; nobody can guarantee it, and the promise is often what people are asked to pay for.', {
        id: 'flag.guaranteed-visa',
      });
    case 'marriage-offer':
      return msg('The offer promises marriage or a husband abroad. This is a known way to take young women abroad and control them.', { id: 'flag.marriage-offer' });
    case 'messenger-only':
      return msg('The only contact is Telegram or WhatsApp, with no company website or e-mail. It is hard to check who is behind the offer.', {
        id: 'flag.messenger-only',
      });
    case 'passport-copy-request':
      return msg('You are asked to send a copy of your passport. Do not send it to anyone until you have checked who they are.', {
        id: 'flag.passport-copy-request',
      });
    case 'documents-via-messenger':
      return msg('You are asked to send your passport by Telegram or WhatsApp to someone you cannot check. Your documents can be misused.', {
        id: 'flag.documents-via-messenger',
      });
    case 'cost-deducted-from-pay':
      return msg('Tickets, housing or papers will be taken from your future pay. This becomes a debt, and debt is used to keep people working.', {
        id: 'flag.cost-deducted-from-pay',
      });
    case 'work-off-debt':
      return msg('You would have to work to pay back a debt. Debt is one of the main ways people are kept in forced labour.', { id: 'flag.work-off-debt' });
    case 'wage-withholding':
      return msg('Your pay would be kept until the end of the contract, or your first pay goes to the agency. Without your pay it is hard to leave.', {
        id: 'flag.wage-withholding',
      });
    case 'secrecy':
      return msg('You are told not to tell your family or anyone else. This cuts you off from the people who could help you.', { id: 'flag.secrecy' });
    case 'urgency':
      return msg('You are pushed to decide or leave very quickly. That leaves no time to check the offer.', { id: 'flag.urgency' });
    case 'looks-requirement':
      return msg('The offer asks for a pleasant appearance. Honest employers sometimes ask this too, but looks should not matter for most jobs.', {
        id: 'flag.looks-requirement',
      });
    case 'body-requirement':
      return msg('The offer asks for body measurements, or photos in a swimsuit or at full height. An honest job does not need these.', {
        id: 'flag.body-requirement',
      });
    case 'young-women-targeting':
      return msg('The offer looks for girls or young women of a narrow age. People who exploit others often look for exactly this.', {
        id: 'flag.young-women-targeting',
      });
    case 'minors-accepted':
      return msg('The offer takes people under 18. The law gives children extra protection, and many jobs are closed to them for their safety.', {
        id: 'flag.minors-accepted',
      });
    case 'minors-abroad':
      return msg('The offer takes people under 18 to work abroad. This is a serious warning sign: talk to an adult you trust before you answer.', {
        id: 'flag.minors-abroad',
      });
    case 'scam-compound-lure':
      return msg('Offers like this, with a free flight to Thailand or nearby and online or chat work, have taken people to scam centres where they were locked in and forced to work.', {
        id: 'flag.scam-compound-lure',
      });
    case 'border-transfer':
      return msg('After the flight, the offer takes you on by car to an office near a border. That is how people were taken across to scam centres and held there.', {
        id: 'flag.border-transfer',
      });
    case 'no-weekly-rest':
      return msg('The offer says you work every day of the week, with no day off or one a month. That breaks labour law everywhere: worn out and with no free day, people cannot look for help or leave.', {
        id: 'flag.no-weekly-rest',
      });
    case 'crowded-housing':
      return msg('The offer puts eight or more people in one room. Crowded housing that the employer controls is a sign of exploitation, and it costs you sleep, privacy and safety.', {
        id: 'flag.crowded-housing',
      });
    case 'poor-housing':
      return msg('Tents, or water by truck or from a well: a sign of exploitation.', {
        id: 'flag.poor-housing',
      });
    case 'hazardous-work':
      return msg('Work at height with no safety gear from the employer: falls kill.', {
        id: 'flag.hazardous-work',
      });
    case 'no-social-protection':
      return msg('No insurance: if you are hurt at work, no one pays for treatment.', {
        id: 'flag.no-social-protection',
      });
    case 'false-legal-assurance':
      return msg('The offer says that work on a visitor or student visa is legal, or that they will deal with the police for you. It is not legal, and no recruiter can protect you: you are the one who is fined, detained or sent home.', {
        id: 'flag.false-legal-assurance',
      });
    case 'excessive-hours':
      return msg('The offer mentions no days off or very long working days. That is against labour law and wears people down.', { id: 'flag.excessive-hours' });
    case 'fines':
      return msg('The offer mentions fines. Fines are often used to take away pay and keep workers in debt.', { id: 'flag.fines' });
    case 'isolated-work':
      return msg('The work is far from any town for months. There, you depend on the employer for food, transport and contact, and it is hard to leave or get help.', {
        id: 'flag.isolated-work',
      });
    case 'no-base-pay':
      return msg('There is no fixed pay: you earn only from sales or results. You could work for weeks and get nothing.', { id: 'flag.no-base-pay' });
    case 'confinement':
      return msg('You would have to hand in your phone, or could not leave the place freely. No honest job does this.', { id: 'flag.confinement' });
    case 'passport-retention':
      return msg('The employer or agency would keep your passport. Only you may keep it: without it, you cannot leave.', { id: 'flag.passport-retention' });
    case 'unlicensed-agency':
      return msg('The agency is not on the official list of licensed agencies. If something goes wrong, nobody answers for it.', { id: 'flag.unlicensed-agency' });
    case 'employer-unverified':
      return msg('You have not spoken with the employer and do not know its name and address, so nobody can check that the job is real.', {
        id: 'flag.employer-unverified',
      });
    case 'recruited-by-partner':
      return msg('A boyfriend, girlfriend, new friend or relative arranged the job and asks you to trust them. People are often recruited by someone they know.', {
        id: 'flag.recruited-by-partner',
      });
    default:
      return '';
  }
}

/**
 * What part a quoted stretch plays in a flag that combines signals (`OfferEvidence.signal`): "the
 * pay" and "the job" under "Pay too good to be true", so "Hostess" is not read as the pay. Empty
 * for a flag's own words and for a signal this module does not know.
 */
export function evidenceLabel(signal: string | undefined): string {
  switch (signal) {
    case 'pay-high':
    case 'pay-very-high':
    case 'high-pay-claim':
    case 'pay-above-local':
    case 'pay-far-above-local':
    case 'signing-bonus':
    case 'money':
    case 'results-only-pay':
    case 'in-full':
    case 'remainder':
    case 'as-guarantee':
    case 'forfeit':
    case 'to-family':
      return msg('the pay', { id: 'evidence.pay' });
    // Where and how the worker lives (`poor-housing`, `crowded-housing`).
    case 'housing':
    case 'tent':
    case 'trailer':
    case 'crowd-count':
    case 'no-water':
      return msg('the housing', { id: 'evidence.housing' });
    // Safety gear at the worker's cost or none (`hazardous-work`).
    case 'no-protection':
      return msg('the safety gear', { id: 'evidence.safety' });
    // A marriage or a matchmaker beside a life abroad (`marriage-offer`).
    case 'marriage':
      return msg('the marriage', { id: 'evidence.marriage' });
    // "Until the end of the season" is when a passport is given back or the pay is paid: a time,
    // not the pay, under both flags that quote it.
    case 'end-of-term':
      return msg('until when', { id: 'evidence.until-when' });
    // How long the worker stays at sea or in a remote place (`isolated-work`, `confinement`).
    case 'long-stay':
      return msg('how long', { id: 'evidence.how-long' });
    case 'cut-off':
      return msg('no way out or no contact', { id: 'evidence.cut-off' });
    case 'short-hours':
    case 'long-day':
    case 'long-shift':
    case 'six-days':
      return msg('the hours', { id: 'evidence.hours' });
    case 'document':
      return msg('the document', { id: 'evidence.document' });
    case 'permit':
    case 'visa-free':
    case 'tourist-entry':
    case 'sort-out':
    case 'citizenship':
    case 'student-visa':
    case 'visitor-visa':
    case 'arranged-there':
    case 'tourist-visa-work':
    case 'status-papers':
    case 'for-now':
    case 'nobody-checks':
    case 'invitation':
      return msg('the work permit or visa', { id: 'evidence.permit' });
    // What the offer says of the law or the police (`false-legal-assurance`).
    case 'lawful-claim':
    case 'police':
    case 'fixer':
      return msg('what they say about the law', { id: 'evidence.law' });
    case 'skip-classes':
    case 'study-and-work':
      return msg('the studies', { id: 'evidence.studies' });
    case 'contract':
    case 'foreign-language':
      return msg('the contract', { id: 'evidence.contract' });
    case 'not-needed':
      return msg('"not needed"', { id: 'evidence.not-needed' });
    case 'hand-over':
    case 'holder':
      return msg('who keeps it', { id: 'evidence.holder' });
    case 'fee':
    case 'deposit':
    case 'service':
    case 'money-sum':
    case 'worker-pays':
    case 'advance':
    case 'card':
    case 'transfer':
    case 'pay-to-start':
    case 'first-pay-share':
    case 'course':
      return msg('the payment', { id: 'evidence.payment' });
    case 'repay':
    case 'later':
    case 'wages':
      return msg('paying it back', { id: 'evidence.repay' });
    case 'leave':
    case 'restriction':
    case 'leave-early':
      return msg('going out or leaving', { id: 'evidence.leaving' });
    case 'phone':
      return msg('the phone', { id: 'evidence.phone' });
    case 'no-experience':
      return msg('no experience needed', { id: 'evidence.no-experience' });
    case 'entertainment-job':
    case 'online-operator-job':
    case 'unskilled-job':
    case 'parcel-courier':
    case 'drop-point':
    case 'coordinates':
    case 'domestic-work':
    case 'job-terms':
    case 'height-work':
      return msg('the kind of job', { id: 'evidence.job' });
    case 'abroad':
    case 'scam-compound-destination':
    case 'war-euphemism':
    case 'border':
    case 'who-where':
    case 'at-sea':
    case 'remote-place':
    case 'live-in':
      return msg('where the work is', { id: 'evidence.place' });
    // Told later, or an essential put off until arrival: the contract signed, the job explained there (tuning on N).
    case 'told-later':
    case 'on-arrival':
    case 'signed':
      return msg('told only later', { id: 'evidence.later' });
    case 'free-travel':
    case 'ticket':
    case 'employer-pays':
      return msg('the free travel', { id: 'evidence.travel' });
    case 'female-target':
    case 'minor-words':
    case 'minors-accepted':
      return msg('who they want', { id: 'evidence.who' });
    case 'age-young':
    case 'age-minor':
      return msg('the age', { id: 'evidence.age' });
    case 'passport-copy-request':
      return msg('the passport request', { id: 'evidence.passport' });
    case 'messenger-contact':
    case 'messenger-mention':
      return msg('the messenger', { id: 'evidence.messenger' });
    case 'personal-card':
      return msg('the card number', { id: 'evidence.card' });
    default:
      // A destination cue (`dest-ae`, `dest-th`…) is where the work is.
      return signal?.startsWith('dest-') ? msg('where the work is', { id: 'evidence.place' }) : '';
  }
}

/** One piece of advice: what to do, or a question to ask the recruiter (codes that start with `ask-`). */
export function adviceText(code: AdviceCode): string {
  switch (code) {
    case 'call-hotline':
      return msg('Before you decide, talk to a hotline that helps people who work abroad.', { id: 'advice.call-hotline' });
    case 'never-pay-fees':
      return msg('Do not pay for a job, a visa or papers. Fair employers pay these costs themselves.', { id: 'advice.never-pay-fees' });
    case 'keep-your-passport':
      return msg('Keep your passport with you. Never give it to an employer or an agent.', { id: 'advice.keep-your-passport' });
    case 'never-send-documents':
      return msg('Do not send photos of your passport or ID to anyone you have not checked.', { id: 'advice.never-send-documents' });
    case 'use-official-channel':
      return msg('Apply only through the official state programme or agency. Nobody can get you in faster for money.', { id: 'advice.use-official-channel' });
    case 'check-agency-licence':
      return msg('Check that the agency is on the official list of licensed agencies in your country.', { id: 'advice.check-agency-licence' });
    case 'keep-in-touch':
      return msg('Tell your family or a friend where you are going and with whom. Leave them copies of your documents and agree on a code word for danger.', {
        id: 'advice.keep-in-touch',
      });
    case 'take-your-time':
      return msg('Take your time. An honest offer will still be there after you have checked it.', { id: 'advice.take-your-time' });
    case 'ask-exact-job':
      return msg('Ask: what exactly is the work, and where?', { id: 'advice.ask-exact-job' });
    case 'ask-company-details':
      return msg('Ask: what is the company’s full name, address and registration number?', { id: 'advice.ask-company-details' });
    case 'ask-written-contract':
      return msg('Ask for a written contract in a language you read, before you leave.', { id: 'advice.ask-written-contract' });
    case 'ask-pay-in-writing':
      return msg('Ask for the pay, the hours and the days off in writing.', { id: 'advice.ask-pay-in-writing' });
    case 'ask-who-pays-travel':
      return msg('Ask: who pays for travel and housing, and must I pay it back?', { id: 'advice.ask-who-pays-travel' });
    case 'ask-who-keeps-passport':
      return msg('Ask: who keeps my passport? The answer must be: you.', { id: 'advice.ask-who-keeps-passport' });
    case 'ask-work-visa':
      return msg('Ask: what visa will I work on? A tourist visa is not for work.', { id: 'advice.ask-work-visa' });
    case 'ask-contract-before-start':
      return msg('Ask for a written contract in a language you read, before you start work.', { id: 'advice.ask-contract-before-start' });
    case 'ask-pay-deductions':
      return msg('Ask: will anything be taken from my pay, and how much?', { id: 'advice.ask-pay-deductions' });
  }
}
