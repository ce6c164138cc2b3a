import { documentFromRow, documentsFromItem } from './documents.js';

describe('documents', () => {
  it('reads annex rows with and without an agenda item', () => {
    expect(documentFromRow('CTOC/COP/WG.4/2011/1\t1(b)\t临时议程和说明')).toEqual({ symbol: 'CTOC/COP/WG.4/2011/1', agendaItem: '1(b)', title: '临时议程和说明' });
    expect(documentFromRow('CTOC/COP/WG.4/2013/L.1 报告草稿')).toEqual({ symbol: 'CTOC/COP/WG.4/2013/L.1', agendaItem: null, title: '报告草稿' });
    expect(documentFromRow('CTOC/COP/WG.4/2011/L.1 和 Add.1-5\t4\t报告草稿')).toEqual({ symbol: 'CTOC/COP/WG.4/2011/L.1 和 Add.1-5', agendaItem: '4', title: '报告草稿' });
    expect(documentFromRow('CTOC/COP/WG.4/2011/1 1 (b) Provisional agenda')).toEqual({ symbol: 'CTOC/COP/WG.4/2011/1', agendaItem: '1(b)', title: 'Provisional agenda' });
    expect(documentFromRow('文件号 议程项目')).toBeNull();
  });
  it('reads list items, one document per symbol', () => {
    expect(documentsFromItem('临时议程说明(CTOC/COP/WG.4/2019/1 和 CTOC/COP/WG.4/2019/1/Corr.1)；')).toEqual([
      { symbol: 'CTOC/COP/WG.4/2019/1', agendaItem: null, title: '临时议程说明' },
      { symbol: 'CTOC/COP/WG.4/2019/1/Corr.1', agendaItem: null, title: '临时议程说明' },
    ]);
    expect(documentsFromItem('Provisional agenda and annotations (CTOC/COP/WG.4/2010/1); and')).toEqual([
      { symbol: 'CTOC/COP/WG.4/2010/1', agendaItem: null, title: 'Provisional agenda and annotations' },
    ]);
    expect(documentsFromItem('没有文号的条目；')).toEqual([]);
  });
});
