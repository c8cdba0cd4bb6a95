const Hapi = require('@hapi/hapi');
const Handlebars = require('handlebars');

const cardTemplate = Handlebars.compile(`
<section class="card">
  <h2>{{displayName}}</h2>
  <div class="bio">{{{bio}}}</div>
  <small>Member since {{since}}</small>
</section>`);

const profiles = new Map();

const init = async () => {
  const server = Hapi.server({ port: 3000, host: 'localhost' });
  await server.register(require('./auth-plugin')); // registers the 'session' cookie strategy

  server.route({
    method: 'POST',
    path: '/profiles/me',
    options: { auth: 'session' },
    handler: (request, h) => {
      const { displayName, bio } = request.payload;
      profiles.set(request.auth.credentials.username, { displayName, bio, since: new Date().getFullYear() });
      return h.response().code(204);
    },
  });

  server.route({
    method: 'GET',
    path: '/profiles/{user}',
    handler: (request, h) => {
      const p = profiles.get(request.params.user);
      if (!p) return h.response('not found').code(404);
      return h.response(cardTemplate(p)).type('text/html');
    },
  });

  await server.start();
};

init();
