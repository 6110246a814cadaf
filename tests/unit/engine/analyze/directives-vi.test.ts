import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

/** [first 20 characters, issuer] of each Vietnamese directive found in the paragraphs. */
const found = (...p: string[]) => directives(run('vi', ...p)).map((d) => [d.text.slice(0, 20), d.issuer]);

describe('Vietnamese directives: bodies as issuers', () => {
  it('takes a body written before the ordering verb as the issuer, commas in its name included', () => {
    expect(found('UBND quận Cầu Giấy yêu cầu các hộ kinh doanh trả lại vỉa hè.')).toEqual([
      ['UBND quận Cầu Giấy y', 'UBND quận Cầu Giấy'],
    ]);
    expect(
      found('Trước mùa mưa, Ban Chỉ đạo phòng, chống thiên tai tỉnh đề nghị các xã rà soát đê điều.'),
    ).toEqual([['Trước mùa mưa, Ban C', 'Ban Chỉ đạo phòng, chống thiên tai tỉnh']]);
    expect(found('Bộ Tài chính kiến nghị Chính phủ lùi thời hạn nộp thuế.')).toEqual([
      ['Bộ Tài chính kiến ng', 'Bộ Tài chính'],
    ]);
  });
  it('prefers the official when the body is only part of the title', () => {
    expect(found('Giám đốc Sở Y tế Lê Thị Hoa yêu cầu các bệnh viện trực cấp cứu.')).toEqual([
      ['Giám đốc Sở Y tế Lê ', 'Lê Thị Hoa'],
    ]);
  });
  it('reads "hướng dẫn" and "khuyến nghị" as orders only with a named agent or in the passive', () => {
    expect(found('Công an TP Huế hướng dẫn xe tải đi theo quốc lộ 1.')).toEqual([
      ['Công an TP Huế hướng', 'Công an TP Huế'],
    ]);
    expect(found('Người dân được khuyến nghị ở trong nhà khi có bão.')).toEqual([
      ['Người dân được khuyế', null],
    ]);
    expect(found('Theo hướng dẫn, hồ sơ gồm hai bản sao.')).toEqual([]);
  });
  it('does not read a body inside a ministry name as an order ("Bộ Ngoại giao")', () => {
    expect(found('Thứ trưởng Ngoại giao Nhật Bản Kenji Sato có mặt tại Amman.')).toEqual([]);
  });
});

describe('Vietnamese directives: subjectless orders and assignments', () => {
  it('gives a subjectless "giao" after an adverbial to the passage speaker', () => {
    expect(
      found(
        'Phó Thủ tướng Lê Văn Bình yêu cầu các bộ đẩy nhanh giải ngân.',
        'Trên cơ sở đó, giao Bộ Xây dựng rà soát lại quy hoạch.',
      ),
    ).toEqual([
      ['Phó Thủ tướng Lê Văn', 'Lê Văn Bình'],
      ['Trên cơ sở đó, giao ', 'Lê Văn Bình'],
    ]);
  });
  it('reads "X chủ trì, phối hợp" as an assigned task but not "chủ trì" a ceremony', () => {
    expect(found('Sở Nội vụ chủ trì, phối hợp với các huyện hoàn thiện đề án.')).toEqual([
      ['Sở Nội vụ chủ trì, p', null],
    ]);
    expect(found('Chủ tịch nước Lê Văn Bình chủ trì lễ đón khách quốc tế.')).toEqual([]);
  });
  it('does not read "đã chỉ đạo" managing work, or "chỉ đạo" as a noun, as an order', () => {
    expect(found('Năm qua, Sở đã chỉ đạo quyết liệt và đạt nhiều kết quả.')).toEqual([]);
    expect(found('Nhờ công tác chỉ đạo của UBND tỉnh, tiến độ đã cải thiện.')).toEqual([]);
  });
});

describe('Vietnamese directives: rules, bans and sanctions', () => {
  it('gives the rules of a decree to the body that issued it', () => {
    expect(
      found(
        'Chính phủ vừa ban hành Nghị định mới về an toàn thực phẩm.',
        'Theo đó, cơ sở chế biến phải có giấy chứng nhận đủ điều kiện.',
        'Nghiêm cấm sử dụng phụ gia ngoài danh mục.',
      ),
    ).toEqual([
      ['Theo đó, cơ sở chế b', 'Chính phủ'],
      ['Nghiêm cấm sử dụng p', 'Chính phủ'],
    ]);
  });
  it('reads an obligation on those a rule binds, and a rule in its own sentence', () => {
    expect(found('Trong phòng thi, thí sinh chỉ được mang theo bút và thước.')).toEqual([
      ['Trong phòng thi, thí', null],
    ]);
    expect(found('Theo Luật Đất đai, người sử dụng đất phải nộp thuế đúng hạn.')).toEqual([
      ['Theo Luật Đất đai, n', 'Quốc hội'],
    ]);
  });
  it('reads bans and sanctions, with the sanctioning body as issuer', () => {
    expect(
      found(
        'Thanh tra Sở Công Thương đã xử phạt Công ty Hòa Bình 90 triệu đồng.',
        'Ngoài ra, công ty bị cấm kinh doanh mặt hàng này trong 6 tháng.',
      ),
    ).toEqual([['Ngoài ra, công ty bị', 'Thanh tra Sở Công Thương']]);
    expect(found('Từ 20h, quận tạm cấm xe tải đi vào phố cổ.')).toEqual([['Từ 20h, quận tạm cấm', null]]);
  });
  it('reads "bị hạn chế" only when it continues a directive', () => {
    expect(found('Tầm nhìn của tài xế bị hạn chế do sương mù.')).toEqual([]);
    expect(
      found('Công an TP Huế cho biết thành phố tạm cấm xe tải vào trung tâm. Xe khách bị hạn chế giờ chạy.'),
    ).toEqual([
      ['Công an TP Huế cho b', 'Công an TP Huế'],
      ['Xe khách bị hạn chế ', 'Công an TP Huế'],
    ]);
  });
});

describe('Vietnamese directives: "phải" that obliges no one', () => {
  it('does not read consequences, quantified or first-person subjects, or past frames as orders', () => {
    expect(found('Khoảng 40% lao động phải nghỉ việc vì thiếu đơn hàng.')).toEqual([]);
    expect(found('Do mất điện, nhiều nhà máy buộc phải dừng sản xuất.')).toEqual([]);
    expect(found('Chúng tôi còn nhiều việc phải làm trong quý tới.')).toEqual([]);
    expect(found('Trong năm đó, nhà nước phải bù lỗ cho ngành than.')).toEqual([]);
    expect(found('Người dân phải chịu cảnh mất nước suốt một tuần.')).toEqual([]);
    expect(found('Những khó khăn gặp phải trong năm được báo cáo đầy đủ.')).toEqual([]);
  });
  it('does not read a promise as an order', () => {
    expect(
      found('Tân Giám đốc Sở Tư pháp Lê Văn Bình hứa sẽ luôn nỗ lực, cán bộ tư pháp phải tận tụy.'),
    ).toEqual([]);
  });
});

describe('Vietnamese directives: documents, common-noun authorities and task lists', () => {
  it('reads a document as the agent, on behalf of the body that issued it', () => {
    expect(found('UBND tỉnh Nam Định vừa có công điện yêu cầu các huyện sơ tán dân.')).toEqual([
      ['UBND tỉnh Nam Định v', 'UBND tỉnh Nam Định'],
    ]);
    expect(found('Kế hoạch đề nghị mở rộng tuyến xe buýt được người dân đồng tình.')).toEqual([]);
  });
  it('gives "cơ quan chức năng" the authority the passage has named', () => {
    expect(
      found(
        'UBND huyện Mê Linh yêu cầu các xã kiểm tra các công trình.',
        'Sau đó, cơ quan chức năng yêu cầu chủ nhà tháo dỡ phần lấn chiếm.',
      ),
    ).toEqual([
      ['UBND huyện Mê Linh y', 'UBND huyện Mê Linh'],
      ['Sau đó, cơ quan chức', 'UBND huyện Mê Linh'],
    ]);
  });
  it('reads each item of a task list after a colon, even on a verb not listed', () => {
    expect(
      found('Bộ Y tế yêu cầu các sở:', 'Lập các đội phản ứng nhanh.', 'Giữ liên lạc với tuyến huyện.'),
    ).toEqual([
      ['Bộ Y tế yêu cầu các ', 'Bộ Y tế'],
      ['Lập các đội phản ứng', 'Bộ Y tế'],
      ['Giữ liên lạc với tuy', 'Bộ Y tế'],
    ]);
    expect(
      found('Bộ Y tế yêu cầu các sở rà soát vật tư.', 'Lập các đội phản ứng nhanh là việc của tuyến tỉnh.'),
    ).toEqual([['Bộ Y tế yêu cầu các ', 'Bộ Y tế']]);
  });
  it('does not read a cue in a relative clause or a noun phrase as an order', () => {
    expect(found('Người được Nhà nước giao nhiệm vụ ở hội được hưởng chế độ riêng.')).toEqual([]);
    expect(found('Đề án do Bộ Nội vụ chủ trì, phối hợp soạn thảo đã hoàn thành.')).toEqual([]);
    expect(found('Để thực hiện chỉ đạo của Thủ tướng, hội đã mở 20 lớp học.')).toEqual([]);
    expect(found('Các đối tượng chở hàng cấm qua biên giới bằng xe máy.')).toEqual([]);
  });
});

describe('Vietnamese directives: what anchors an obligation', () => {
  it('does not read a stray "phải" far from any order as a directive, even with an official in the article', () => {
    expect(
      found(
        'Bộ trưởng Bộ Y tế Lê Văn Bình dự lễ khánh thành bệnh viện.',
        'Bệnh nhân ở huyện phải đi hơn 50 km để chữa bệnh.',
      ),
    ).toEqual([]);
  });
  it('reads a passive "phải được" as an obligation, and "nhắc nhở" with one after it', () => {
    expect(found('Hồ sơ dự thầu phải được công khai trên cổng thông tin.')).toEqual([
      ['Hồ sơ dự thầu phải đ', null],
    ]);
    expect(found('Chủ tịch UBND tỉnh Lê Văn Bình nhắc nhở các xã phải giữ rừng.')).toEqual([
      ['Chủ tịch UBND tỉnh L', 'Lê Văn Bình'],
    ]);
    expect(found('Chủ tịch UBND tỉnh Lê Văn Bình nhắc nhở về kỷ niệm xưa.')).toEqual([]);
  });
});

describe('Vietnamese directives: places as authorities, verbs opening a sentence', () => {
  it('reads a place opening its clause as the agent', () => {
    expect(found('Sau cuộc họp, huyện Mê Linh đề nghị tỉnh bổ sung vốn.')).toEqual([
      ['Sau cuộc họp, huyện ', 'huyện Mê Linh'],
    ]);
    expect(found('Người dân ở xã đề nghị mở thêm chợ.')).toEqual([]);
  });
  it('reads an ordering verb that opens the sentence with a capital', () => {
    expect(
      found(
        'Phó Thủ tướng Lê Văn Bình chủ trì cuộc họp.',
        'Giao Bộ Xây dựng hoàn thiện đề án trong tháng 9.',
      ),
    ).toEqual([['Giao Bộ Xây dựng hoà', 'Lê Văn Bình']]);
  });
  it('reads a sanction that names a long company between "buộc" and "phải"', () => {
    expect(
      found('Thanh tra Sở Xây dựng buộc Công ty Cổ phần Đầu tư Xây dựng Hòa Bình phải tháo dỡ công trình.'),
    ).toHaveLength(1);
  });
});
