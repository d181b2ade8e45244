import { html, SafeHtml } from '../html';
import { layout } from '../layout';

export function notFoundPage(title: string, signedIn: boolean): SafeHtml {
  return layout(
    { title, signedIn },
    html`<h1>${title}</h1>
      <p>It may not have been published yet. <a href="/web">Latest articles</a></p>`,
  );
}
