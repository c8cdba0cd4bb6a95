import Fastify from "fastify";
import ldap from "ldapjs";

const app = Fastify();

function escapeLdap(value: string): string {
  return value.replace(/[\\*()\0]/g, (c) => "\\" + c.charCodeAt(0).toString(16).padStart(2, "0"));
}

function searchPeople(filter: string): Promise<Record<string, unknown>[]> {
  const client = ldap.createClient({ url: "ldaps://directory.example.org" });
  return new Promise((resolve, reject) => {
    const found: Record<string, unknown>[] = [];
    client.search("ou=people,dc=example,dc=org", { scope: "sub", filter, attributes: ["cn", "mail", "telephoneNumber"] }, (err, res) => {
      if (err) return reject(err);
      res.on("searchEntry", (entry) => found.push(entry.pojo));
      res.on("error", reject);
      res.on("end", () => { client.unbind(); resolve(found); });
    });
  });
}

app.get<{ Querystring: { surname: string } }>("/people", async (request) => {
  const surname = escapeLdap(request.query.surname ?? "");
  const people = await searchPeople(`(&(objectClass=person)(sn=${surname}*))`);
  return { count: people.length, people };
});

app.listen({ port: 3002 });
