import { css } from 'lit';

/** The country lists' styles (`select.countries`), shared by the finder and the report form; widgets add them after their own `styles`. */
export const countryListStyles = css`
  /* A country's name must be read whole: the UAE's ("Аморатҳои Муттаҳидаи Араб") is wider than a
     320-px phone's list, and a closed list shows one line. Where the browser lets a list be styled
     (Chromium, so Android's Chrome and WebView), the chosen name wraps onto a second line. */
  @supports (appearance: base-select) {
    select.countries,
    select.countries::picker(select) {
      appearance: base-select;
    }

    /* Flex, so that the arrow stays at the end of the first line rather than wrapping under the name. */
    select.countries {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      white-space: normal;
    }

    select.countries::picker-icon {
      flex-shrink: 0;
      margin-inline-start: auto;
    }

    select.countries::picker(select) {
      border: 2px solid var(--_text);
      background: var(--_surface);
      color: var(--_text);
    }

    select.countries option {
      min-block-size: 44px;
      white-space: normal;
    }
  }
`;
