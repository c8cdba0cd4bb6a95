// flash.js - shows a one-off notice passed in the URL, e.g. /dashboard?notice=Saved!

function readNotice() {
  const params = new URLSearchParams(window.location.search);
  return params.get('notice');
}

function showBanner(container, html) {
  const banner = document.createElement('div');
  banner.className = 'flash-banner';
  banner.innerHTML = html;
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
