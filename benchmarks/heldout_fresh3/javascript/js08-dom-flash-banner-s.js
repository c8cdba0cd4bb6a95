// flash.js - shows a one-off notice passed in the URL, e.g. /dashboard?notice=<b>Saved!</b>
import DOMPurify from 'dompurify';

function readNotice() {
  const params = new URLSearchParams(window.location.search);
  return params.get('notice');
}

function showBanner(container, html) {
  const banner = document.createElement('div');
  banner.className = 'flash-banner';
  banner.innerHTML = DOMPurify.sanitize(html, { ALLOWED_TAGS: ['b', 'i', 'em', 'strong'] });
  const close = document.createElement('button');
  close.textContent = 'x';
  close.addEventListener('click', () => banner.remove());
  banner.appendChild(close);
  container.prepend(banner);
}

document.addEventListener('DOMContentLoaded', () => {
  const notice = readNotice();
  if (notice) {
    showBanner(document.querySelector('main'), notice);
  }
});
