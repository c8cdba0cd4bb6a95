import https from 'node:https';
import axios, { AxiosInstance } from 'axios';

export class PaymentsClient {
  private readonly http: AxiosInstance;

  constructor(baseURL: string, apiKey: string) {
    this.http = axios.create({
      baseURL,
      headers: { Authorization: `Bearer ${apiKey}` },
      httpsAgent: new https.Agent({ rejectUnauthorized: true, minVersion: 'TLSv1.2' }),
      timeout: 10_000,
    });
  }

  async refund(chargeId: string, cents: number): Promise<string> {
    const { data } = await this.http.post('/v1/refunds', { charge: chargeId, amount: cents });
    return data.id as string;
  }
}
