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
