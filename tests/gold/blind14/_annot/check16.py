# independent check: slice the UTF-16LE encoding of each text by the TSV offsets
import glob, os
T='/work/blind14/test'
raw={os.path.basename(p)[:-4]: open(p,'rb').read().decode('utf-8').encode('utf-16-le') for p in glob.glob(T+'/*.txt')}
def sl(d,a,b): return raw[d][2*int(a):2*int(b)].decode('utf-16-le')
n=bad=0
P=[l.split('\t') for l in open(T+'/persons.tsv',encoding='utf-8').read().split('\n')[2:-1]]
for d,a,b,s,c in P:
    n+=1; bad+= sl(d,a,b)!=s
Q=[l.split('\t') for l in open(T+'/quotes.tsv',encoding='utf-8').read().split('\n')[2:-1]]
for r in Q:
    n+=2; bad+= (sl(r[0],r[2],r[3])!=r[4]) + (sl(r[0],r[5],r[6])!=r[7])
    if r[10]=='yes':
        if r[8]:
            # nearest earlier mention of that person before the quote
            ms=[p for p in P if p[0]==r[0] and p[4]==r[8] and int(p[2])<=int(r[2])]
            near=max(ms,key=lambda p:int(p[1]))
            ok = int(r[5])<=int(near[1]) and int(near[2])<=int(r[6])
            if not ok: bad+=1; print('NOT NEAREST',r[0],r[4][:30],r[7],near)
        print('RES',r[0][:3],r[7],'<-',r[4][:25])
print(len(P),'persons rows',len(Q),'quote rows',n,'slices',bad,'bad')
