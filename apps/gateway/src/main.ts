import 'reflect-metadata';
import { startService } from '@sijill/runtime';
import { GatewayModule } from './gateway.module';

// POST /articles reads its own raw body (its size limit, JSON Lines, intake's byte-level checks),
// so Nest's body parser stays off; open event streams are cut at shutdown.
void startService(GatewayModule, { bodyParser: false, forceCloseConnections: true });
