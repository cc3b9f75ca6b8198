import { Controller, Get, HttpCode, Post, Redirect, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiFoundResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { User } from '../users/user.entity';
import { AuthService } from './auth.service';
import { CurrentUser } from './current-user.decorator';
import { MeDto } from './dto/me.dto';
import { Public } from './route-access';

interface RedirectTarget {
  url: string;
}

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Get('notion')
  @Public()
  @Redirect()
  @ApiOperation({ summary: 'Starts "Sign in with Notion": 302 to Notion\'s consent page.' })
  @ApiFoundResponse({ description: 'To Notion, with a fresh state bound to this browser.' })
  async start(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RedirectTarget> {
    return { url: await this.auth.beginSignIn(request, reply) };
  }

  @Get('notion/callback')
  @Public()
  @Redirect()
  @ApiOperation({ summary: 'Where Notion sends the browser back with `code` and `state`.' })
  @ApiFoundResponse({
    description: 'To `/`, signed in (session cookie set); or to `/?signInError=<code>`.',
  })
  async callback(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RedirectTarget> {
    return { url: await this.auth.completeSignIn(request, reply) };
  }

  @Get('me')
  @ApiCookieAuth()
  @ApiBearerAuth()
  @ApiOkResponse({ type: MeDto, description: 'The signed-in user.' })
  @ApiUnauthorizedResponse({ description: 'Not signed in.' })
  me(@CurrentUser() user: User): MeDto {
    return this.auth.me(user);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiNoContentResponse({ description: 'The session is over and its cookie cleared.' })
  @ApiUnauthorizedResponse({ description: 'Not signed in.' })
  logout(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    return this.auth.logout(request, reply);
  }
}
