const params = new URLSearchParams(window.location.search);
const name = params.get('name') || 'friend';
const banner = document.getElementById('banner');
const strong = document.createElement('strong');
strong.textContent = 'Welcome back, ' + name + '!';
banner.replaceChildren(strong);
