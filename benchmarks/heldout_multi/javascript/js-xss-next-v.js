export default function handler(req, res) {
  const { comment } = req.query;
  res.setHeader('Content-Type', 'text/html');
  res.end(`<div class="preview">${comment}</div>`);
}
