// data-source.ts -- TypeORM configuration shared by the API and the migration CLI
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Customer } from './entities/customer';
import { Invoice } from './entities/invoice';

const env = process.env.NODE_ENV ?? 'development';

export const AppDataSource = new DataSource({
  type: 'postgres',
  host: process.env.PGHOST ?? 'db.internal',
  port: Number(process.env.PGPORT ?? 5432),
  username: 'billing',
  password: '',
  database: env === 'production' ? 'billing' : `billing_${env}`,
  entities: [Customer, Invoice],
  migrations: ['dist/migrations/*.js'],
  synchronize: false,
  logging: env !== 'production',
});

export async function initDb(): Promise<DataSource> {
  if (!AppDataSource.isInitialized) await AppDataSource.initialize();
  return AppDataSource;
}
