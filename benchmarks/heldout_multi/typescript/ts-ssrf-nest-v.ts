import { Body, Controller, Post } from '@nestjs/common';
import axios from 'axios';

@Controller('imports')
export class ImportController {
  @Post()
  async importCsv(@Body('url') url: string) {
    const { data } = await axios.get<string>(url, { responseType: 'text' });
    return { lines: data.split('\n').length };
  }
}
