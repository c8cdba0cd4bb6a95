const http = require("http");
const fs = require("fs");

const events = fs.createWriteStream("./logs/events.log", { flags: "a" });

function record(kind, data) {
  const line = Object.entries(data).map(([name, value]) => `${name}=${value}`).join(" ");
  // ruleid: js.flow.log-injection
  events.write(`${kind} ${line}\n`);
}

function recordQuoted(kind, data) {
  const line = Object.entries(data).map(([name, value]) => `${name}=${JSON.stringify(value)}`).join(" ");
  // ok: js.flow.log-injection
  events.write(`${kind} ${line}\n`);
}

http.createServer((request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    const form = new URLSearchParams(Buffer.concat(chunks).toString());
    record("signup", { email: form.get("email") });
    recordQuoted("signup", { email: form.get("email") });
    // ruleid: js.flow.log-injection
    console.log("signup from " + form.get("email"));
    response.end("ok");
  });
}).listen(8080);
