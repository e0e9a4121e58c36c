import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { PAGE_HEADERS } from './content-security-policy';

/** Where the build writes the page: `dist/apps/gateway/web`, beside the compiled `src`. */
export const WEB_ROOT = join(__dirname, '..', '..', 'web');

/**
 * The timeline page at `/`: static files built by `apps/gateway/web/build-web.mjs`, served by the
 * gateway itself under a Content-Security-Policy that allows no other host. Only `/` renders the
 * page; any other unknown path still falls through to the API's 404.
 */
@Module({
  imports: [
    ServeStaticModule.forRoot({
      rootPath: WEB_ROOT,
      renderPath: '/',
      serveStaticOptions: {
        index: false,
        fallthrough: true,
        setHeaders: (res: ServerResponse) => {
          for (const [name, value] of Object.entries(PAGE_HEADERS)) res.setHeader(name, value);
        },
      },
    }),
  ],
})
export class WebModule {}
