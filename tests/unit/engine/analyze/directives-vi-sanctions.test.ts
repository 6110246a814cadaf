import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) => directives(run('vi', ...paragraphs));

describe('Vietnamese directives: sanctions that oblige', () => {
  it('reads "buộc" before its object as the remedy a sanction orders', () => {
    expect(found('Quyết định xử phạt buộc công ty khôi phục lại hiện trạng ban đầu.')).toHaveLength(1);
    expect(
      found('Thanh tra Sở xử phạt cửa hàng 20 triệu đồng, đồng thời buộc nộp lại số tiền thu sai.'),
    ).toHaveLength(1);
  });
  it('does not read accusing or binding ("cáo buộc", "ràng buộc", "buộc tội") as an order', () => {
    expect(found('Ông bị cáo buộc nhận hối lộ trong nhiều năm.')).toEqual([]);
    expect(found('Hợp đồng ràng buộc hai bên trong 5 năm.')).toEqual([]);
  });
  it('reads "bị buộc phải" as a sanction, "buộc phải" alone as a circumstance', () => {
    expect(found('Công ty bị buộc phải trả lại toàn bộ số tiền thu sai.')).toHaveLength(1);
    expect(found('Nhiều nhà máy buộc phải đóng cửa vì thiếu nguyên liệu.')).toEqual([]);
  });
  it('does not read a consequence ("phải mất", "phải nhập viện") as an obligation', () => {
    expect(found('Người dân phải mất 3 giờ để đi qua đoạn đường này.')).toEqual([]);
    expect(found('Cán bộ phải nhập viện sau vụ tai nạn.')).toEqual([]);
  });
});

describe('Vietnamese directives: bodies as issuers', () => {
  const issuers = (...paragraphs: string[]) => found(...paragraphs).map((d) => d.issuer);
  it('reads a centre, an institute or an embassy as the body that advises', () => {
    expect(issuers('Trung tâm Dự báo khuyến cáo tàu thuyền không ra khơi.')).toEqual(['Trung tâm Dự báo']);
    expect(issuers('Đại sứ quán khuyến cáo công dân tránh xa khu vực biểu tình.')).toEqual(['Đại sứ quán']);
  });
  it('reads the leadership of a level of government as a body', () => {
    expect(issuers('Lãnh đạo huyện chỉ đạo các xã khẩn trương khắc phục hậu quả.')).toEqual([
      'Lãnh đạo huyện',
    ]);
  });
  it('does not read a centre reporting as an order', () => {
    expect(found('Trung tâm Dự báo cho biết bão đã suy yếu.')).toEqual([]);
  });
});

describe('Vietnamese directives: a suspension and "bị buộc" as sanctions', () => {
  it('reads a suspension of activity and a remedy imposed on the sanctioned as orders', () => {
    expect(
      directives(run('vi', 'Cơ sở karaoke bị đình chỉ hoạt động 3 tháng do vi phạm phòng cháy.')),
    ).toHaveLength(1);
    expect(
      directives(run('vi', 'Ngoài phạt tiền, cửa hàng còn bị buộc tiêu hủy số hàng hết hạn.')),
    ).toHaveLength(1);
  });
  it('does not read a suspension from duty, a dropped case or an accusation as an order', () => {
    expect(directives(run('vi', 'Ông Nguyễn Văn Long bị đình chỉ công tác để phục vụ điều tra.'))).toEqual(
      [],
    );
    expect(directives(run('vi', 'Cơ quan điều tra đã đình chỉ vụ án vì không đủ căn cứ.'))).toEqual([]);
    expect(directives(run('vi', 'Ông Trần Văn Hải bị buộc tội lạm dụng chức vụ.'))).toEqual([]);
  });
});
