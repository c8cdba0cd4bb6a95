import express from "express";
import session from "express-session";

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false }));

app.post("/login", async (req, res) => {
  const { username, password, returnTo } = req.body;
  const user = await checkPassword(username, password);
  if (!user) {
    return res.status(401).render("login", { error: "Wrong username or password", returnTo });
  }
  req.session.regenerate(() => {
    (req.session as any).userId = user.id;
    res.redirect(returnTo || "/home");
  });
});

async function checkPassword(u: string, p: string): Promise<{ id: number } | null> {
  return u === "demo" && p.length > 0 ? { id: 1 } : null;
}

app.listen(3000);
