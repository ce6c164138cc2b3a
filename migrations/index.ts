// Every migration, in order. `npm run migration:generate -- <Name>` writes a new one and updates this list.
import { Initial1795550714357 } from './1795550714357-Initial.js';
import { AuditAppendOnly1795550714358 } from './1795550714358-AuditAppendOnly.js';
import { Catalogue1795552757791 } from './1795552757791-Catalogue.js';
import { CatalogueSearch1795552800000 } from './1795552800000-CatalogueSearch.js';
import { Reporting1795554181099 } from './1795554181099-Reporting.js';
import { Evidence1795554429865 } from './1795554429865-Evidence.js';
import { Notifications1795554660073 } from './1795554660073-Notifications.js';
import { ReportStateChanges1795567018321 } from './1795567018321-ReportStateChanges.js';
import { SummaryIndexes1795569000000 } from './1795569000000-SummaryIndexes.js';
import { CatalogueSearchColumns1795590305531 } from './1795590305531-CatalogueSearchColumns.js';
import { ReportPrivacy1796155977990 } from './1796155977990-ReportPrivacy.js';
import { AuditClientRequestId1796156532045 } from './1796156532045-AuditClientRequestId.js';
import { Sessions1796157015493 } from './1796157015493-Sessions.js';
import { Mfa1796157116968 } from './1796157116968-Mfa.js';
import { SummaryRollups1796160000000 } from './1796160000000-SummaryRollups.js';
import { MailOutbox1796167523230 } from './1796167523230-MailOutbox.js';
import { ReviewQueueIndex1796179164954 } from './1796179164954-ReviewQueueIndex.js';
import { CycleStateExtensions1796179379081 } from './1796179379081-CycleStateExtensions.js';
import { ProtocolStatusSources1796191995625 } from './1796191995625-ProtocolStatusSources.js';
import { SessionsKnownFromDocuments1796191995626 } from './1796191995626-SessionsKnownFromDocuments.js';
import { CatalogueSearchLanguages1796192442430 } from './1796192442430-CatalogueSearchLanguages.js';
import { Articles1796193016714 } from './1796193016714-Articles.js';
import { RecommendationEditorialNotes1796194519226 } from './1796194519226-RecommendationEditorialNotes.js';
import { UserChangeNotify1796200000000 } from './1796200000000-UserChangeNotify.js';
import { SummaryScopeCounts1796200000001 } from './1796200000001-SummaryScopeCounts.js';

export const MIGRATIONS = [Initial1795550714357, AuditAppendOnly1795550714358, Catalogue1795552757791, CatalogueSearch1795552800000, Reporting1795554181099, Evidence1795554429865, Notifications1795554660073, ReportStateChanges1795567018321, SummaryIndexes1795569000000, CatalogueSearchColumns1795590305531, ReportPrivacy1796155977990, AuditClientRequestId1796156532045, Sessions1796157015493, Mfa1796157116968, SummaryRollups1796160000000, MailOutbox1796167523230, ReviewQueueIndex1796179164954, CycleStateExtensions1796179379081, ProtocolStatusSources1796191995625, SessionsKnownFromDocuments1796191995626, CatalogueSearchLanguages1796192442430, Articles1796193016714, RecommendationEditorialNotes1796194519226, UserChangeNotify1796200000000, SummaryScopeCounts1796200000001];
