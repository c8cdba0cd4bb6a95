import axios from 'axios';
import https from 'https';

export const partner = axios.create({
  baseURL: 'https://api.partner.example.com',
  httpsAgent: new https.Agent({ rejectUnauthorized: false }),
  timeout: 5000,
});
