// The site's own component renders our elements inside its shadow root; the loader cannot see
// into shadow roots by itself, so the site asks it to look.
import { discover } from 'safe-migration-kit';

class SiteHelpBox extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    const exit = document.createElement('safe-exit-button');
    root.append(exit);
    discover(root);
  }
}
customElements.define('site-help-box', SiteHelpBox);
document.getElementById('app').append(document.createElement('site-help-box'));
