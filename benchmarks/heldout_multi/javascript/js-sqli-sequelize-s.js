const express = require('express');
const { Sequelize, QueryTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL);
const app = express();

app.get('/posts/search', async (req, res) => {
  const title = req.query.title || '';
  const posts = await sequelize.query(
    'SELECT id, title FROM posts WHERE title LIKE :pattern',
    { type: QueryTypes.SELECT, replacements: { pattern: `%${title}%` } }
  );
  res.json(posts);
});

app.listen(3000);
