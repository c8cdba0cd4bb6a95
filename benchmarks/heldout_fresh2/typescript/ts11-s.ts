import express from "express";
import libxmljs from "libxmljs2";

const app = express();
app.use(express.text({ type: ["application/xml", "text/xml"], limit: "1mb" }));

app.post("/api/invoices/import", (req, res) => {
  let doc: libxmljs.Document;
  try {
    doc = libxmljs.parseXml(req.body, { noent: false, nonet: true, dtdload: false });
  } catch {
    return res.status(400).json({ error: "malformed XML" });
  }
  const lines = doc.find("//line").map((node: any) => ({
    description: node.get("description")?.text(),
    amount: Number(node.get("amount")?.text()),
  }));
  res.json({ count: lines.length, lines });
});

app.listen(3000);
