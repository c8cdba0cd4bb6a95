const crypto = require("crypto");

function checks(req, user, stored) {
  const token = req.headers.authorization?.split(" ")[1];
  // ok: js.crypto.timing-unsafe-compare
  if (token === undefined || token === "") return false;
  // ok: js.crypto.timing-unsafe-compare
  if (req.body.password === req.body.passwordConfirm) console.log("confirmed");
  // ok: js.crypto.timing-unsafe-compare
  if (user.passwordHash === null) return false;
  // ok: js.crypto.timing-unsafe-compare
  if (typeof req.body.password !== "string" || req.body.password.length < 12) return false;
  // ok: js.crypto.timing-unsafe-compare
  if (req.query.token_type === "refresh") return true;
  const a = Buffer.from(String(token));
  const b = Buffer.from(stored.apiKey);
  // ok: js.crypto.timing-unsafe-compare
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function compareKey(req, stored) {
  // ruleid: js.crypto.timing-unsafe-compare
  return req.headers["x-api-key"] === stored.apiKey;
}

module.exports = { checks, compareKey };
