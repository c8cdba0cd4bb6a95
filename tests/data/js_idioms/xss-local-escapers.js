const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ENTITIES[c]);

function h(value) {
  return String(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function toText(value) {
  return String(value).trim();
}

app.get("/hello", (req, res) => {
  // ok: js.flow.xss
  res.send(`<h1>Hello ${esc(req.query.name)}</h1>`);
  // ok: js.flow.xss
  res.send("<p>" + h(req.query.bio) + "</p>");
  // ruleid: js.flow.xss
  res.send("<p>" + toText(req.query.bio) + "</p>");
});
