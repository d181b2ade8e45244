import { html, SafeHtml } from '../html';
import { layout } from '../layout';

/** The API key form: the key is checked, then replaced by an HttpOnly session cookie (see web-session.ts). */
export function loginPage(options: { next: string; failed: boolean }): SafeHtml {
  return layout(
    { title: 'Sign in' },
    html`<h1>Sign in</h1>
      <p>The site is protected by the same API keys as the API. Enter one to read it in this browser.</p>
      ${options.failed ? html`<p class="error" role="alert" id="login-error">That key is not valid.</p>` : ''}
      <form class="login" action="/web/login" method="post">
        <input type="hidden" name="next" value="${options.next}" />
        <label for="api-key">API key</label>
        <input
          id="api-key"
          name="key"
          type="password"
          autocomplete="current-password"
          required
          minlength="16"
          ${options.failed ? html` aria-describedby="login-error" aria-invalid="true"` : ''}
        />
        <button type="submit">Sign in</button>
      </form>`,
  );
}
