const express = require('express');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { listTransactions } = require('./ledger');
const { requireLogin } = require('./auth');

const app = express();

// GET /export/transactions.csv  (the logged-in user's own account)
app.get('/export/transactions.csv', requireLogin, async (req, res) => {
  const accountId = req.user.accountId;
  const rows = await listTransactions(accountId);

  const tmpPath = path.join(os.tmpdir(), `transactions-${accountId}.csv`);
  const lines = ['date,amount_cents,category_id', ...rows.map((r) => `${r.date},${r.amountCents},${r.categoryId}`)];
  fs.writeFileSync(tmpPath, lines.join('\n'));

  res.download(tmpPath, 'transactions.csv', () => fs.unlink(tmpPath, () => {}));
});

app.listen(3000);
