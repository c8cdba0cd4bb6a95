function renderProducts() {
  fetch("/api/products")
    .then((r) => r.json())
    .then((products) => {
      const grid = document.getElementById("grid");
      // ruleid: js.flow.xss-fetched-content
      grid.innerHTML = products.map((p) => `<div class="card">${p.name}</div>`).join("");
    });
}

function renderProductsSafe() {
  fetch("/api/products")
    .then((r) => r.json())
    .then((products) => {
      const grid = document.getElementById("grid");
      grid.replaceChildren(...products.map((p) => {
        const card = document.createElement("div");
        // ok: js.flow.xss-fetched-content
        card.textContent = p.name;
        return card;
      }));
      // ok: js.flow.xss-fetched-content
      grid.innerHTML += `<p>${products.length} products</p>`;
    });
}

async function loadCartPartial() {
  const html = await (await fetch("/partials/cart")).text();
  // ok: js.flow.xss-fetched-content
  document.querySelector("#cart").innerHTML = html;
  const items = await (await fetch("/api/cart")).json();
  // ruleid: js.flow.xss-fetched-content
  document.querySelector("#cart-title").innerHTML = `<h3>${items.title}</h3>`;
}
