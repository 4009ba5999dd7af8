// Former names and codes that reports still use, mapped to the unit that exists today.
//
// The package data (2023-06-30) already carries every unit below under its current code and
// name; what it lacks is the way back from the former one (海门市 320684 → 海门区 320614), which
// older templates, letterheads and file names keep using. No change after the package's vintage
// is listed: none could be verified here. Add a row when a unit is renamed or converted.
//
// Every change was approved by the State Council (国务院批复) and announced by the Ministry of
// Civil Affairs. `noticeNumber` is the approval's reference (国函〔year〕n号) where it has been
// checked against the notice; null means the number is not verified, never a guess.

export interface DivisionChange {
  formerName: string;
  /** The former GB/T 2260 code; equal to currentCode for a rename that kept its code. */
  formerCode: string;
  currentCode: string;
  /** The year the change took effect. */
  year: number;
  approvedBy: '国务院';
  noticeNumber: string | null;
  /** What happened, in the notice's terms. */
  change: string;
}

const approved = (
  formerName: string,
  formerCode: string,
  currentCode: string,
  year: number,
  change: string,
): DivisionChange => ({ formerName, formerCode, currentCode, year, approvedBy: '国务院', noticeNumber: null, change });

export const divisionChanges: readonly DivisionChange[] = [
  approved('海门市', '320684', '320614', 2020, '撤销县级海门市，设立南通市海门区'),
  approved('沙县', '350427', '350405', 2021, '撤销沙县，设立三明市沙县区'),
  approved('水城县', '520221', '520204', 2020, '撤销水城县，设立六盘水市水城区'),
  approved('长乐市', '350182', '350112', 2017, '撤销县级长乐市，设立福州市长乐区'),
  approved('临安市', '330185', '330112', 2017, '撤销县级临安市，设立杭州市临安区'),
  approved('崇明县', '310230', '310151', 2016, '撤销崇明县，设立崇明区'),
  approved('蓟县', '120225', '120119', 2016, '撤销蓟县，设立蓟州区'),
  approved('开县', '500234', '500154', 2016, '撤销开县，设立开州区'),
  approved('梁平县', '500228', '500155', 2016, '撤销梁平县，设立梁平区'),
  approved('武隆县', '500232', '500156', 2016, '撤销武隆县，设立武隆区'),
  approved('郫县', '510124', '510117', 2016, '撤销郫县，设立成都市郫都区'),
  approved('密云县', '110228', '110118', 2015, '撤销密云县，设立密云区'),
  approved('延庆县', '110229', '110119', 2015, '撤销延庆县，设立延庆区'),
  approved('大丰市', '320982', '320904', 2015, '撤销县级大丰市，设立盐城市大丰区'),
  approved('双流县', '510122', '510116', 2015, '撤销双流县，设立成都市双流区'),
  approved('富阳市', '330183', '330111', 2014, '撤销县级富阳市，设立杭州市富阳区'),
  approved('赣榆县', '320721', '320707', 2014, '撤销赣榆县，设立连云港市赣榆区'),
  approved('溧水县', '320124', '320117', 2013, '撤销溧水县，设立南京市溧水区'),
  approved('高淳县', '320125', '320118', 2013, '撤销高淳县，设立南京市高淳区'),
  approved('上虞市', '330682', '330604', 2013, '撤销县级上虞市，设立绍兴市上虞区'),
  approved('吴江市', '320584', '320509', 2012, '撤销县级吴江市，设立苏州市吴江区'),
  approved('姜堰市', '321284', '321204', 2012, '撤销县级姜堰市，设立泰州市姜堰区'),
  approved('江都市', '321088', '321012', 2011, '撤销县级江都市，设立扬州市江都区'),
  approved('望城县', '430122', '430112', 2011, '撤销望城县，设立长沙市望城区'),
  approved('铜山县', '320323', '320312', 2010, '撤销铜山县，设立徐州市铜山区'),
  approved('襄樊市', '420600', '420600', 2010, '湖北省襄樊市更名为襄阳市'),
];
