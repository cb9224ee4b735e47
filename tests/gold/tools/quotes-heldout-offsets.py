# Hand annotation of quotes-heldout.txt: every row below was chosen by reading the text (guidelines: README-quotes.md).
# Python only finds the offsets of the chosen strings and checks them.
import pathlib
import sys

EXTRA = pathlib.Path(__file__).resolve().parents[1] / 'extra'
# Usage (from anywhere): python3 tests/gold/tools/quotes-heldout-offsets.py — rewrites extra/quotes-heldout.tsv from the rows below.
text = (EXTRA / 'quotes-heldout.txt').read_text(encoding='utf-8')
rows = [
 # kind, quote text, speaker, where the speaker is ('before' = nearest occurrence before the quote, 'after' = first after it), actor, verb, resolved
 ('indirect', 'بلاده لن تقبل بأي شروط مسبقة في المحادثات', 'محمد جواد ظريف', 'before', 'mohammad-javad-zarif', 'أكد', 'no'),
 ('direct', 'الكرة الآن في ملعب الآخرين', 'ظريف', 'before', 'mohammad-javad-zarif', 'قال', 'no'),
 ('indirect', 'طهران قدمت مقترحات عملية', 'ظريف', 'before', 'mohammad-javad-zarif', 'أوضح', 'yes'),
 ('mixed', 'الوفد الإيراني "سيبقى في فيينا حتى نهاية الأسبوع"', 'ظريف', 'before', 'mohammad-javad-zarif', 'لافتا', 'yes'),
 ('mixed', 'الاتفاق "ممكن لكنه ليس مضمونا"', 'فابيوس', 'before', 'laurent-fabius', 'اعتبر', 'no'),
 ('indirect', 'طائراتها نفذت عشرين طلعة جوية خلال اليومين الماضيين', 'وزارة الدفاع الروسية', 'before', 'russian-defense-ministry', 'أعلنت', 'no'),
 ('indirect', 'الغارات استهدفت مستودعات للذخيرة ومراكز قيادة', 'إيغور كوناشينكوف', 'before', 'igor-konashenkov', 'قال', 'no'),
 ('direct', 'لم تسقط أي قنبلة على مناطق سكنية', 'كوناشينكوف', 'after', 'igor-konashenkov', 'قال', 'no'),
 ('indirect', 'الصور متاحة لكل من يريد التحقق', 'كوناشينكوف', 'before', 'igor-konashenkov', 'مضيفا', 'yes'),
 ('indirect', 'القصف أصاب سوقا شعبيا في ريف إدلب', 'مصادر في المعارضة السورية', 'before', '', 'أكدت', 'yes'),
 ('mixed', 'الوضع الإنساني في حلب "يتدهور ساعة بعد ساعة"', 'بان كي مون', 'before', 'ban-ki-moon', 'حذر', 'no'),
 ('indirect', 'على جميع الأطراف احترام القانون الدولي الإنساني', 'بان كي مون', 'before', 'ban-ki-moon', 'قال', 'yes'),
 ('direct', 'الصمت لم يعد خيارا', 'سامانثا باور', 'before', 'samantha-power', 'مؤكدة', 'yes'),
 ('mixed', 'مشروع القرار الفرنسي "مسيس ولا يخدم السلام"', 'فيتالي تشوركين', 'before', 'vitaly-churkin', 'رأى', 'no'),
 ('indirect', 'البيت الأبيض يدرس خيارات جديدة في سوريا', 'مسؤولين في الإدارة الأمريكية', 'before', '', 'أفادت', 'no'),
 ('direct', 'لا نعلق على تقارير إعلامية، لكننا نراجع سياستنا باستمرار', 'مارك تونر', 'before', 'mark-toner', 'قال', 'no'),
 ('indirect', 'تؤيد إقامة منطقة حظر جوي', 'هيلاري كلينتون', 'before', 'hillary-clinton', 'قالت', 'no'),
 ('direct', 'هذا ما كنت سأفعله لو كنت في الحكم', 'هيلاري كلينتون', 'before', 'hillary-clinton', 'أردفت', 'yes'),
 ('direct', 'لا مستقبل للأسد في سوريا', 'عادل الجبير', 'before', 'adel-al-jubeir', 'شدد', 'no'),
 ('mixed', 'المملكة تدعم "حلا سياسيا وفق مبادئ جنيف"', 'عادل الجبير', 'before', 'adel-al-jubeir', 'مشيرا', 'yes'),
 ('mixed', 'أنقرة "شريك أساسي" في التحالف', 'الجبير', 'before', 'adel-al-jubeir', 'قال', 'yes'),
 ('mixed', 'المملكة "لن تقف مكتوفة الأيدي"', 'مصدر مسؤول في وزارة الخارجية', 'before', '', 'قوله', 'no'),
 ('mixed', 'بلاده "لن تسمح بتغيير التركيبة السكانية" على حدودها الجنوبية', 'نعمان قورتولموش', 'before', '', 'قال', 'no'),
 ('mixed', 'أوروبا "لا يمكن أن تبقى متفرجة"', 'فرانسوا هولاند', 'before', 'francois-hollande', 'قال', 'no'),
 ('direct', 'علينا أن نفعل المزيد من أجل اللاجئين', 'ميركل', 'before', 'angela-merkel', 'قالت', 'no'),
]
out = []
for kind, quote, speaker, where, actor, verb, resolved in rows:
    assert text.count(quote) == 1, quote
    s = text.index(quote); e = s + len(quote)
    ss = text.rindex(speaker, 0, s) if where == 'before' else text.index(speaker, e)
    out.append(('quotes-heldout', kind, s, e, quote, ss, ss + len(speaker), speaker, actor, verb, resolved))
    print(f"{kind:8} {s}-{e} [{speaker} {ss}] ctx: …{text[max(0,s-40):s]}⟦{quote[:40]}⟧{text[e:e+15]}…")
out.sort(key=lambda r: r[2])
with open(EXTRA / 'quotes-heldout.tsv', 'w', encoding='utf-8') as f:
    f.write('# Gold quotes for extra/quotes-heldout.txt (a text written by the quote extractor\'s author after the extractor was built, annotated by hand on 2026-11-21 before the extractor was first run on it; figures of that blind run and of later runs in ../README-quotes.md); guidelines in ../README-quotes.md. Offsets: UTF-16 code units, end exclusive.\n')
    f.write('doc\tkind\tstart\tend\ttext\tspeaker_start\tspeaker_end\tspeaker\tactor\tverb\tresolved\n')
    for r in out: f.write('\t'.join(map(str, r)) + '\n')
