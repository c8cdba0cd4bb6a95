const fs = require("fs");
const os = require("os");
const path = require("path");
const crypto = require("crypto");
const tmp = require("tmp");

function viaTmpPackage(data) {
  const file = tmp.fileSync({ postfix: ".json" });
  // ok: js.flow.insecure-temp-file
  fs.writeFileSync(file.name, data);
  return file.name;
}

function randomHex(data) {
  const name = path.join(os.tmpdir(), `upload-${crypto.randomBytes(8).toString("hex")}`);
  // ok: js.flow.insecure-temp-file
  fs.writeFileSync(name, data);
}

function callbackDir(data, done) {
  fs.mkdtemp(path.join(os.tmpdir(), "conv-"), (err, dir) => {
    // ok: js.flow.insecure-temp-file
    fs.writeFile(path.join(dir, "in.txt"), data, done);
  });
}

function readsConfig() {
  // ok: js.flow.insecure-temp-file
  return JSON.parse(fs.readFileSync(path.join(os.tmpdir(), "settings.json"), "utf8"));
}

function predictable(data) {
  const name = path.join(os.tmpdir(), "upload-" + Date.now() + ".bin");
  // ruleid: js.flow.insecure-temp-file
  fs.writeFileSync(name, data);
}

module.exports = { viaTmpPackage, randomHex, callbackDir, readsConfig, predictable };
