const params = new URLSearchParams(window.location.search);
const name = params.get('name') || 'friend';
const banner = document.getElementById('banner');
banner.innerHTML = '<strong>Welcome back, ' + name + '!</strong>';
