'use strict';
// Front page: each newly published article is added to the top of the list as the server
// announces it (Server-Sent Events from /articles/stream, authorised by the session cookie).
// The first connection resumes after the newest article the page was rendered with, so none
// published in between is missed; EventSource reconnects by itself with Last-Event-ID.
(function () {
  const MAX_ITEMS = 100;
  const status = document.getElementById('live-status');
  const list = document.getElementById('latest-articles');
  if (!status || !list || !('EventSource' in window)) return;

  const source = new EventSource(status.dataset.stream);
  source.addEventListener('open', function () {
    status.dataset.state = 'open';
    status.textContent = 'Live: new articles appear at the top of the list.';
  });
  source.addEventListener('error', function () {
    status.dataset.state = 'reconnecting';
    status.textContent = 'Live updates interrupted; reconnecting…';
  });
  source.addEventListener('article', function (event) {
    const article = JSON.parse(event.data);
    if (list.querySelector('[data-article-id="' + CSS.escape(article.id) + '"]')) return;
    list.prepend(articleItem(article));
    while (list.children.length > MAX_ITEMS) list.lastElementChild.remove();
    const empty = document.getElementById('no-articles');
    if (empty) empty.remove();
    status.textContent = 'New article: ' + (article.title || 'Untitled article');
  });

  // The same markup as the server's articleListItem (apps/publish/src/web/pages/article-list.ts); text goes in as text.
  function articleItem(article) {
    const item = document.createElement('li');
    item.className = 'article-item article-item--new';
    item.dataset.articleId = article.id;
    const link = document.createElement('a');
    link.className = 'article-link';
    link.href = '/web/articles/' + encodeURIComponent(article.id);
    link.textContent = article.title || 'Untitled article';
    const meta = document.createElement('p');
    meta.className = 'article-meta';
    if (article.publisher) meta.append(article.publisher + ' · ');
    const date = new Date(article.date);
    if (!isNaN(date.getTime())) {
      const time = document.createElement('time');
      time.dateTime = date.toISOString();
      time.textContent = date.toISOString().slice(0, 10);
      meta.append(time);
    }
    item.append(link, meta);
    return item;
  }
})();
