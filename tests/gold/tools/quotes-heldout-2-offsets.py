# Hand annotation of quotes-heldout-2.txt: every row below was chosen by reading the text (guidelines: README-quotes.md).
# Python only finds the offsets of the chosen strings and checks them.
import pathlib
import sys

EXTRA = pathlib.Path(__file__).resolve().parents[1] / 'extra'
# Usage (from anywhere): python3 tests/gold/tools/quotes-heldout-2-offsets.py — rewrites extra/quotes-heldout-2.tsv from the rows below.
text = (EXTRA / 'quotes-heldout-2.txt').read_text(encoding='utf-8')
rows = [
 ('indirect', 'تستأنف المفاوضات خلال أسبوعين', 'ستافان دي ميستورا', 'before', 'staffan-de-mistura', 'أعرب', 'no'),
 ('direct', 'الأطراف كلها تدرك أن لا بديل عن الحل السياسي', 'ستافان دي ميستورا', 'before', 'staffan-de-mistura', 'قال', 'yes'),
 ('direct', 'قريبا جدا', 'ستافان دي ميستورا', 'before', 'staffan-de-mistura', 'القول', 'yes'),
 ('direct', 'مضيعة للوقت', 'أسعد الزعبي', 'before', '', 'وصف', 'no'),
 ('indirect', 'موسكو لن تغير موقفها من مصير الرئيس السوري', 'الخارجية الروسية', 'before', 'russian-foreign-ministry', 'أكدت', 'no'),
 ('mixed', 'تصريحات وزير الخارجية الأمريكي جون كيري الأخيرة "لا تساعد على بناء الثقة"', 'ماريا زاخاروفا', 'before', 'maria-zakharova', 'قالت', 'no'),
 ('mixed', 'بلادها "لا تتلقى دروسا من أحد"', 'ماريا زاخاروفا', 'before', 'maria-zakharova', 'أضافت', 'yes'),
 ('direct', 'نحن نحترم القانون الدولي، وعلى الآخرين أن يفعلوا الشيء نفسه', 'ماريا زاخاروفا', 'before', 'maria-zakharova', 'تابعت', 'yes'),
 ('indirect', 'قاعدة حميميم استقبلت تعزيزات جديدة', 'مصدر عسكري', 'before', '', 'قوله', 'no'),
 ('direct', 'لا نثق بأحد هنا', 'أبو محمد', 'after', '', 'يقول', 'no'),
 ('indirect', 'مقاتليه لم يتلقوا أي ذخيرة منذ شهرين', 'أبو محمد', 'before', '', 'يضيف', 'yes'),
 ('direct', 'من سيحمي المدنيين إذا انسحب الجميع؟', 'هدى الحلبي', 'before', '', 'تساءلت', 'no'),
 ('mixed', 'إدارة أوباما "لن تكرر أخطاء العراق"', 'مسؤول أمريكي رفيع المستوى', 'before', '', 'قال', 'no'),
 ('mixed', 'الرئيس "يتابع الوضع عن كثب"', 'جوش إيرنست', 'before', 'josh-earnest', 'أشار', 'no'),
 ('indirect', 'بلاده مستعدة للمشاركة في أي اجتماع دولي حول سوريا', 'حسين أمير عبد اللهيان', 'before', '', 'صرح', 'no'),
 ('mixed', 'بلاده "لا تستطيع وحدها تحمل العبء"', 'أحمد داود أوغلو', 'before', 'ahmet-davutoglu', 'مؤكدا', 'yes'),
 ('indirect', 'الحكومة تدرس توسيع ضرباتها الجوية لتشمل سوريا', 'الغارديان', 'before', 'the-guardian', 'ذكرت', 'no'),
 ('mixed', 'هذه الخطوة "ستواجه معارضة قوية في البرلمان"', 'الصحيفة', 'before', 'the-guardian', 'رأت', 'no'),
 ('indirect', 'رئيس الوزراء ديفيد كاميرون لن يطرح المسألة للتصويت قبل نهاية العام', 'محللون', 'before', '', 'يعتقد', 'no'),
]
out = []
for kind, quote, speaker, where, actor, verb, resolved in rows:
    assert text.count(quote) == 1, quote
    s = text.index(quote); e = s + len(quote)
    ss = text.rindex(speaker, 0, s) if where == 'before' else text.index(speaker, e)
    out.append(('quotes-heldout-2', kind, s, e, quote, ss, ss + len(speaker), speaker, actor, verb, resolved))
    print(f"{kind:8} {s}-{e} [{speaker} {ss}] ctx: …{text[max(0,s-40):s]}⟦{quote[:40]}⟧{text[e:e+15]}…")
out.sort(key=lambda r: r[2])
with open(EXTRA / 'quotes-heldout-2.tsv', 'w', encoding='utf-8') as f:
    f.write('# Gold quotes for extra/quotes-heldout-2.txt (a second text by the quote extractor\'s author, written after the fixes made on quotes-heldout.txt and annotated by hand on 2026-11-21 before the extractor was run on it; figures of that blind run and of later runs in ../README-quotes.md); guidelines in ../README-quotes.md. Offsets: UTF-16 code units, end exclusive.\n')
    f.write('doc\tkind\tstart\tend\ttext\tspeaker_start\tspeaker_end\tspeaker\tactor\tverb\tresolved\n')
    for r in out: f.write('\t'.join(map(str, r)) + '\n')
