import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, CommonError, CurrentUser, uuidParam, type Page } from '#common';
import { ListNotificationsQuery, NotificationDto, NotificationsService } from '#notifications';
import { RequirePermission, type AuthUser } from '#auth';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @RequirePermission('account:self')
  @ApiOperation({ summary: 'Your notifications, newest first' })
  @ApiPageResponse(NotificationDto)
  @ApiProblems(400)
  async list(@CurrentUser() user: AuthUser, @Query() query: ListNotificationsQuery): Promise<Page<NotificationDto>> {
    const page = await this.notifications.list(user.id, query);
    return { ...page, items: page.items.map(NotificationDto.from) };
  }

  @Post(':id/read')
  @RequirePermission('account:self')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark one of your notifications read' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  async markRead(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<void> {
    if (!(await this.notifications.markRead(user.id, id))) throw new CommonError('NOT_FOUND', 'No such notification.');
  }

  @Post('read-all')
  @RequirePermission('account:self')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all your notifications read' })
  @ApiOkResponse({ schema: { type: 'object', properties: { updated: { type: 'integer' } } } })
  async markAllRead(@CurrentUser() user: AuthUser): Promise<{ updated: number }> {
    return { updated: await this.notifications.markAllRead(user.id) };
  }
}
