function showGreeting() {
  const params = new URLSearchParams(location.search);
  const name = params.get("name") || "guest";
  const box = document.getElementById("greeting");
  // ok: js.flow.xss
  box.textContent = `Hello, ${name}`;
  const item = document.createElement("li");
  // ok: js.flow.xss
  item.append(document.createTextNode(name));
  // ok: js.flow.xss
  box.innerHTML = DOMPurify.sanitize(`<b>${name}</b>`);
  // ruleid: js.flow.xss
  box.innerHTML = `<b>Hello, ${name}</b>`;
  // ok: js.flow.xss
  $("#title").text(name);
  // ruleid: js.flow.xss
  $("#title").html("<i>" + name + "</i>");
  // ok: js.flow.xss
  box.insertAdjacentText("beforeend", name);
}

document.addEventListener("DOMContentLoaded", showGreeting);
