import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/widgets/hotline-finder/hotline-finder.js';

/** The attributes a story sets; each story is one state of the finder. */
export interface HotlineFinderArgs {
  country: string;
  region: string;
  need: string;
  from: string;
  lang: string;
  src: string;
  limit: number;
  compact: boolean;
  /** A class on the wrapper, for the theming stories. */
  theme: '' | 'brand' | 'dark';
}

const meta: Meta<HotlineFinderArgs> = {
  title: 'Widgets/<safe-hotline-finder>',
  component: 'safe-hotline-finder',
  args: { country: '', region: '', need: '', from: '', lang: '', src: '', limit: 5, compact: false, theme: '' },
  argTypes: {
    need: {
      control: 'select',
      options: ['', 'trafficking', 'labour-exploitation', 'migrant-rights', 'legal-aid', 'psychological-support', 'shelter', 'domestic-violence', 'child-protection', 'emergency'],
    },
    lang: { control: 'select', options: ['', 'en', 'ru', 'kk', 'ky', 'uz', 'uz-Cyrl', 'tg', 'tk'] },
    theme: { control: 'select', options: ['', 'brand', 'dark'] },
  },
  render: (args) => html`
    <style>
      .story-brand {
        --safe-color-accent: #6b2c91;
        --safe-color-danger: #a4002d;
        --safe-radius: 1rem;
        --safe-font-family: Georgia, serif;
      }
      .story-dark {
        --safe-color-surface: #101418;
        --safe-color-text: #f1f3f5;
        --safe-color-accent: #9cc3ff;
        --safe-color-danger: #ff8a80;
        background: #101418;
      }
    </style>
    <div class=${args.theme ? `story-${args.theme}` : ''}>
      <safe-hotline-finder
        country=${args.country || nothing}
        region=${args.region || nothing}
        need=${args.need || nothing}
        from=${args.from || nothing}
        lang=${args.lang || nothing}
        src=${args.src || nothing}
        limit=${args.limit}
        ?compact=${args.compact}
      ></safe-hotline-finder>
    </div>
  `,
};

export default meta;

type Story = StoryObj<HotlineFinderArgs>;

/** A person in Kazakhstan looking for help with trafficking: ranked lines, emergency numbers on top. */
export const TraffickingInKazakhstan: Story = { args: { country: 'KZ', need: 'trafficking' } };

/** In Shymkent: the local NGO comes first. */
export const ShymkentRegion: Story = { args: { country: 'KZ', region: 'KZ-79', need: 'trafficking' } };

/** A Kyrgyz migrant in Moscow: the embassy line first, no lines meant for other nationals. */
export const KyrgyzMigrantInMoscow: Story = { args: { country: 'RU', from: 'KG', need: 'migrant-rights' } };

/** Russia has no sourced emergency number in the data: the finder says so instead of guessing. */
export const NoSourcedEmergencyNumber: Story = { args: { country: 'RU', need: 'labour-exploitation' } };

/** No line fits the choice: the emergency numbers stay, and one tap widens the search. */
export const NothingFits: Story = { args: { country: 'TM', need: 'child-protection' } };

/** No country set: one is suggested from the page's language and the device's time zone. */
export const SuggestedCountry: Story = { args: { lang: 'ky' } };

/** In Russian. */
export const Russian: Story = { args: { country: 'KZ', need: 'domestic-violence', lang: 'ru' } };

/** In Uzbek, Cyrillic script. */
export const UzbekCyrillic: Story = { args: { country: 'UZ', need: 'domestic-violence', lang: 'uz-Cyrl' } };

/** Compact, beside other content (as the offer check and the report form use it). */
export const Compact: Story = { args: { country: 'KZ', need: 'trafficking', compact: true, limit: 2 } };

/** A remote data file that cannot be loaded: the built-in list is shown, and the finder says so. */
export const RemoteFileFails: Story = { args: { country: 'KZ', src: 'missing-hotlines.json' } };

/** A `country` that is not a country code: the developer gets a typed error, the person every line and a note to choose. */
export const UnknownCountry: Story = { args: { country: 'XX', need: 'trafficking' } };

/** An NGO's own colours through the global theme tokens. */
export const BrandTheme: Story = { args: { country: 'KG', need: 'trafficking', theme: 'brand' } };

/** A dark theme of the page's own, set only through the global theme tokens. */
export const DarkTheme: Story = { args: { country: 'UZ', need: 'migrant-rights', theme: 'dark' } };
