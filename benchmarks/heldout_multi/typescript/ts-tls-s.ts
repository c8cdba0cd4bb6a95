import axios from 'axios';
import https from 'https';
import { readFileSync } from 'fs';

export const partner = axios.create({
  baseURL: 'https://api.partner.example.com',
  httpsAgent: new https.Agent({ ca: readFileSync('certs/partner-ca.pem') }),
  timeout: 5000,
});
