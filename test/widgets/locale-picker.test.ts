import { expect } from 'chai';
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { sendKeys } from '@web/test-runner-commands';
import { SafeElement } from '../../src/widgets/shared/safe-element.js';
import { localePickerStyles } from '../../src/widgets/shared/locale-picker.styles.js';
import { useLocale } from '../../src/widgets/localization.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { cleanup, fixture, waitUntil } from '../helpers/fixture.js';

@customElement('test-picker-host')
@localized()
class TestPickerHost extends SafeElement {
  static override styles = localePickerStyles;
  override render() {
    return html`<div part="base" lang=${this.renderLocale}>${this.renderLocalePicker()}<p>${msg('Exit this page')}</p></div>`;
  }
}

describe('the language picker (show-locale-picker)', () => {
  beforeEach(async () => {
    document.documentElement.lang = 'en';
    await useLocale('en');
  });
  afterEach(cleanup);

  it('is not shown unless asked for', async () => {
    const el = await fixture<TestPickerHost>('<test-picker-host></test-picker-host>');
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
  });

  it('lists every language by its own name, with the current one selected', async () => {
    const el = await fixture<TestPickerHost>('<test-picker-host show-locale-picker></test-picker-host>');
    const select = el.shadowRoot!.querySelector('select')!;
    expect([...select.options].map((o) => o.textContent)).to.deep.equal([
      'English', 'Русский', 'Қазақша', 'Кыргызча', 'Oʻzbekcha', 'Ўзбекча', 'Тоҷикӣ', 'Türkmençe',
    ]);
    expect([...select.options].map((o) => o.lang)).to.deep.equal(['en', 'ru', 'kk', 'ky', 'uz', 'uz-Cyrl', 'tg', 'tk']);
    expect(select.value).to.equal('en');
  });

  it('switches the widget without a reload, by keyboard alone', async () => {
    const el = await fixture<TestPickerHost>('<test-picker-host show-locale-picker></test-picker-host>');
    const select = el.shadowRoot!.querySelector('select')!;
    select.focus();
    // Arrow keys change a focused <select> in Chromium without opening it.
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => el.getAttribute('lang') === 'ru', 'lang becomes ru');
    await waitUntil(() => el.shadowRoot!.querySelector('p')!.textContent === 'Уйти с этой страницы', 'Russian shows');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('ru');
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.contain('Язык');
  });

  it('has no axe violations', async () => {
    const el = await fixture<TestPickerHost>('<test-picker-host show-locale-picker></test-picker-host>');
    await expectNoAxeViolations(el.parentElement!);
  });
});
