// Renders the comment thread fetched from the API into #comments.
async function loadComments(postId) {
  const resp = await fetch(`/api/posts/${encodeURIComponent(postId)}/comments`);
  const comments = await resp.json();
  const list = document.getElementById('comments');
  list.innerHTML = '';
  for (const c of comments) {
    const item = document.createElement('li');
    item.className = 'comment';
    const author = document.createElement('strong');
    author.textContent = c.author;
    const when = document.createElement('span');
    when.className = 'when';
    when.textContent = new Date(c.createdAt).toLocaleString();
    const body = document.createElement('p');
    body.textContent = c.body;
    item.append(author, ' ', when, body);
    list.appendChild(item);
  }
  document.getElementById('count').textContent = String(comments.length);
}

document.addEventListener('DOMContentLoaded', () => {
  const postId = new URLSearchParams(location.search).get('post');
  if (postId) loadComments(postId);
});
