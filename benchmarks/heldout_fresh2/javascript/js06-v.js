// Renders the comment thread fetched from the API into #comments.
async function loadComments(postId) {
  const resp = await fetch(`/api/posts/${encodeURIComponent(postId)}/comments`);
  const comments = await resp.json();
  const list = document.getElementById('comments');
  list.innerHTML = '';
  for (const c of comments) {
    const item = document.createElement('li');
    item.className = 'comment';
    item.innerHTML = `<strong>${c.author}</strong> <span class="when">${new Date(c.createdAt).toLocaleString()}</span>
      <p>${c.body}</p>`;
    list.appendChild(item);
  }
  document.getElementById('count').textContent = String(comments.length);
}

document.addEventListener('DOMContentLoaded', () => {
  const postId = new URLSearchParams(location.search).get('post');
  if (postId) loadComments(postId);
});
