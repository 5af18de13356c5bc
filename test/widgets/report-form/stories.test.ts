import * as stories from '../../../stories/report-form.stories.js';
import type { SafeReportForm } from '../../../src/widgets/report-form/report-form.js';
import { describeStories, showing } from '../../helpers/stories.js';

// Every story is also a tested example: what each must show once its actions have played.
describeStories<SafeReportForm>(
  stories,
  'safe-report-form',
  {
    FirstStep: showing('[part="continue-button"]'),
    SomeoneInDanger: showing('[part="emergency"]'),
    ErrorSummary: showing('[part="error-summary"]'),
    UnderEighteen: showing('[part="notice"]'),
    SafeToContact: showing('#address'),
    CheckYourReport: showing('[part="send-button"]'),
    Received: showing('[part="receipt"]'),
    DeliveryFailed: showing('[part="fallbacks"]'),
    CannotSend: showing('.notice'),
    OwnUnder18Words: showing('slot[name="under-18-notice"]'),
    WithLanguagePicker: showing('[part="locale-picker"] select'),
  },
  // CannotSend documents a form with no endpoint: the form tells the developer so on the console.
  { quiet: ['CannotSend'] },
);
