import https from "node:https";
import { readFileSync } from "node:fs";
import axios from "axios";

const agent = new https.Agent({ keepAlive: true, ca: readFileSync("/etc/pki/warehouse-root-ca.pem") });

const inventory = axios.create({
  baseURL: "https://inventory.warehouse.internal:8443/api",
  httpsAgent: agent,
  timeout: 5000,
  headers: { authorization: `Bearer ${process.env.INVENTORY_TOKEN}` },
});

export async function stockLevel(sku: string): Promise<number> {
  const { data } = await inventory.get(`/stock/${encodeURIComponent(sku)}`);
  return data.available as number;
}

export async function reserve(sku: string, qty: number): Promise<string> {
  const { data } = await inventory.post("/reservations", { sku, qty });
  return data.reservationId as string;
}
