import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { themeDecorator, themes } from '../stories/support/themes.js';

// The args tables come from the manifest generated from the elements' doc comments.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'ru', title: 'Русский' },
          { value: 'kk', title: 'Қазақша' },
          { value: 'ky', title: 'Кыргызча' },
          { value: 'uz', title: 'Oʻzbekcha' },
          { value: 'uz-Cyrl', title: 'Ўзбекча' },
          { value: 'tg', title: 'Тоҷикӣ' },
          { value: 'tk', title: 'Türkmençe' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.keys(themes),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'default' },
  decorators: [
    themeDecorator,
    (story, context) => {
      // The widgets follow <html lang>, as they do on an embedding site.
      document.documentElement.lang = String(context.globals.locale ?? 'en');
      return story();
    },
  ],
};

export default preview;
