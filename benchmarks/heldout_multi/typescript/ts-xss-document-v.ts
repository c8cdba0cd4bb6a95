const query = new URLSearchParams(location.search).get('q') ?? '';
const heading = document.querySelector<HTMLHeadingElement>('#results-title')!;
heading.insertAdjacentHTML('beforeend', ` for "${query}"`);
