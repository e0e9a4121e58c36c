import { Module } from '@nestjs/common';
import { KafkaModule } from '@sijill/kafka';
import { ArticlesController } from './articles.controller';
import { BearerTokenGuard } from './bearer-token.guard';

/** `POST /articles`: publishing over HTTP. */
@Module({
  imports: [KafkaModule],
  controllers: [ArticlesController],
  providers: [BearerTokenGuard],
})
export class ArticlesModule {}
