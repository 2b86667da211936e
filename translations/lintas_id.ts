<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>CaseText</name>
    <message>
        <source>Enter a title for the case.</source>
        <translation>Masukkan judul kasus.</translation>
    </message>
    <message>
        <source>Choose the status of the case.</source>
        <translation>Pilih status kasus.</translation>
    </message>
    <message>
        <source>Choose a TLP label.</source>
        <translation>Pilih label TLP.</translation>
    </message>
    <message>
        <source>Choose a handling code.</source>
        <translation>Pilih kode penanganan.</translation>
    </message>
    <message>
        <source>The reference must not be empty.</source>
        <translation>Referensi tidak boleh kosong.</translation>
    </message>
    <message>
        <source>This field must not be empty.</source>
        <translation>Isian ini tidak boleh kosong.</translation>
    </message>
    <message>
        <source>This text is too long (at most %1 bytes).</source>
        <extracomment>%1 is a number of bytes (characters outside Latin script take two to four each).</extracomment>
        <translation>Teks ini terlalu panjang (paling banyak %1 bita).</translation>
    </message>
    <message>
        <source>This text contains characters that are not allowed.</source>
        <translation>Teks ini memuat karakter yang tidak diizinkan.</translation>
    </message>
    <message>
        <source>Enter a real date as YYYY-MM-DD, for example 2026-03-15.</source>
        <translation>Masukkan tanggal yang valid dengan format YYYY-MM-DD, misalnya 2026-03-15.</translation>
    </message>
    <message>
        <source>The date lies in the future.</source>
        <translation>Tanggal tersebut berada di masa mendatang.</translation>
    </message>
    <message>
        <source>The case cannot be closed before the date it was opened.</source>
        <translation>Kasus tidak dapat ditutup sebelum tanggal kasus dibuka.</translation>
    </message>
    <message>
        <source>A closing date needs a closed status. Change the status or clear the date.</source>
        <translation>Tanggal penutupan memerlukan status ditutup. Ubah statusnya atau kosongkan tanggalnya.</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <extracomment>%1 is a code such as IDN or ForcedLabour.</extracomment>
        <translation>“%1” tercantum dua kali.</translation>
    </message>
    <message>
        <source>“%1” is not one of the allowed values.</source>
        <extracomment>%1 is a code that is not in the list of allowed values.</extracomment>
        <translation>“%1” bukan salah satu nilai yang diizinkan.</translation>
    </message>
    <message>
        <source>“%1” is not a known country.</source>
        <extracomment>%1 is what was given instead of a three-letter country code.</extracomment>
        <translation>“%1” bukan negara yang dikenal.</translation>
    </message>
    <message>
        <source>Use only capital letters A–Z, digits, “-”, “_” and “/”.</source>
        <translation>Gunakan hanya huruf kapital A–Z, angka, “-”, “_”, dan “/”.</translation>
    </message>
    <message>
        <source>Choose a record from the list.</source>
        <translation>Pilih data dari daftar.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Forms of exploitation</source>
        <translation>Bentuk eksploitasi</translation>
    </message>
    <message>
        <source>Countries involved</source>
        <translation>Negara terkait</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Tanggal dibuka</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ditutup pada</translation>
    </message>
    <message>
        <source>Reason for closure</source>
        <translation>Alasan penutupan</translation>
    </message>
    <message>
        <source>Case owner</source>
        <translation>Pemilik kasus</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation>Kode penanganan</translation>
    </message>
    <message>
        <source>Referred by (organisation)</source>
        <translation>Dirujuk oleh (organisasi)</translation>
    </message>
    <message>
        <source>Incoming referral date</source>
        <translation>Tanggal rujukan masuk</translation>
    </message>
    <message>
        <source>Reason for incoming referral</source>
        <translation>Alasan rujukan masuk</translation>
    </message>
    <message>
        <source>Incoming referral details</source>
        <translation>Rincian rujukan masuk</translation>
    </message>
    <message>
        <source>Referring case worker</source>
        <translation>Petugas kasus perujuk</translation>
    </message>
    <message>
        <source>Referred to (organisation)</source>
        <translation>Dirujuk ke (organisasi)</translation>
    </message>
    <message>
        <source>Outgoing referral date</source>
        <translation>Tanggal rujukan keluar</translation>
    </message>
    <message>
        <source>Reason for outgoing referral</source>
        <translation>Alasan rujukan keluar</translation>
    </message>
    <message>
        <source>Outgoing referral details</source>
        <translation>Rincian rujukan keluar</translation>
    </message>
    <message>
        <source>Receiving case worker</source>
        <translation>Petugas kasus penerima</translation>
    </message>
</context>
<context>
    <name>ChangeCaseField</name>
    <message>
        <source>Change %1</source>
        <extracomment>An entry of Edit → Undo; %1 is the name of a case field, e.g. &quot;Undo Change Title&quot;.</extracomment>
        <translation>Ubah %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Lintas: case management for cross-border human-trafficking investigations.</source>
        <translation>Lintas: pengelolaan kasus untuk penyidikan tindak pidana perdagangan orang lintas negara.</translation>
    </message>
    <message>
        <source>path</source>
        <extracomment>Value name of --db; the description above writes it as &lt;path&gt;.</extracomment>
        <translation>jalur</translation>
    </message>
    <message>
        <source>code</source>
        <extracomment>Value name of --lang; the description above writes it as &lt;code&gt;.</extracomment>
        <translation>kode</translation>
    </message>
    <message>
        <source>Save an image of the first window shown as PNG to &lt;file&gt;, then exit.</source>
        <translation>Simpan gambar jendela pertama yang ditampilkan sebagai PNG ke &lt;berkas&gt;, lalu keluar.</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>Value name of --screenshot; the description writes it as &lt;file&gt;.</extracomment>
        <translation>berkas</translation>
    </message>
    <message>
        <source>Exit as soon as the main window has first been painted with its page (for start-up benchmarks).</source>
        <translation>Keluar segera setelah jendela utama pertama kali ditampilkan beserta halamannya (untuk pengukuran kinerja saat mulai).</translation>
    </message>
    <message>
        <source>Show the page &lt;name&gt; first: %1.</source>
        <extracomment>%1 lists the page names, e.g. &quot;cases, people, …&quot;.</extracomment>
        <translation>Tampilkan halaman &lt;nama&gt; terlebih dahulu: %1.</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>Value name of --page; the description above writes it as &lt;name&gt;.
----------
Value name of --user; the description above writes it as &lt;name&gt;.</extracomment>
        <translation>nama</translation>
    </message>
    <message>
        <source>Open the case with reference or UUID &lt;case&gt; on the Cases page.</source>
        <translation>Buka kasus dengan referensi atau UUID &lt;kasus&gt; di halaman Kasus.</translation>
    </message>
    <message>
        <source>case</source>
        <extracomment>Value name of --open-case; the description above writes it as &lt;case&gt;.</extracomment>
        <translation>kasus</translation>
    </message>
    <message>
        <source>lintas: there is no page “%1”; use one of: %2.</source>
        <translation>lintas: tidak ada halaman “%1”; gunakan salah satu dari: %2.</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt; (default: the database used last, else %1). When there is no file there, a welcome dialog offers to create it.</source>
        <translation>Buka basis data di &lt;jalur&gt; (bawaan: basis data yang terakhir dipakai, atau %1). Jika belum ada berkas di sana, dialog sambutan menawarkan untuk membuatnya.</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt;, for example &quot;id&quot; for Bahasa Indonesia or &quot;en&quot; for English (default: the language chosen in Settings, else the system language).</source>
        <translation>Gunakan bahasa &lt;kode&gt;, misalnya &quot;id&quot; untuk Bahasa Indonesia atau &quot;en&quot; untuk bahasa Inggris (bawaan: bahasa yang dipilih di Pengaturan, atau bahasa sistem).</translation>
    </message>
    <message>
        <source>Propose &lt;name&gt; as the user name when signing in.</source>
        <translation>Usulkan &lt;nama&gt; sebagai nama pengguna saat masuk.</translation>
    </message>
    <message>
        <source>For scripted runs (--screenshot, --quit-after-load) only: sign in as --user with the password read from file descriptor &lt;fd&gt;.</source>
        <translation>Hanya untuk proses berskrip (--screenshot, --quit-after-load): masuk sebagai --user dengan kata sandi yang dibaca dari deskriptor berkas &lt;fd&gt;.</translation>
    </message>
    <message>
        <source>fd</source>
        <extracomment>Value name of --password-fd.</extracomment>
        <translation>fd</translation>
    </message>
    <message>
        <source>Lock the window once the database is open (for screenshots).</source>
        <translation>Kunci jendela begitu basis data terbuka (untuk tangkapan layar).</translation>
    </message>
    <message>
        <source>lintas: --password-fd needs a file descriptor number.</source>
        <translation>lintas: --password-fd memerlukan nomor deskriptor berkas.</translation>
    </message>
    <message>
        <source>lintas: --password-fd is only for scripted runs, with --user and --screenshot or --quit-after-load.</source>
        <translation>lintas: --password-fd hanya untuk proses berskrip, bersama --user dan --screenshot atau --quit-after-load.</translation>
    </message>
    <message>
        <source>lintas: no password could be read from --password-fd.</source>
        <translation>lintas: tidak ada kata sandi yang dapat dibaca dari --password-fd.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>A value is not acceptable.</source>
        <translation>Ada nilai yang tidak dapat diterima.</translation>
    </message>
    <message>
        <source>The record or file does not exist.</source>
        <translation>Data atau berkas tersebut tidak ada.</translation>
    </message>
    <message>
        <source>It already exists.</source>
        <translation>Data atau berkas ini sudah ada.</translation>
    </message>
    <message>
        <source>Someone else changed this record in the meantime. Reload it and make your change again.</source>
        <translation>Data ini sudah diubah oleh pengguna lain sementara itu. Muat ulang data ini, lalu lakukan kembali perubahan Anda.</translation>
    </message>
    <message>
        <source>This change of status is not allowed.</source>
        <translation>Perubahan status ini tidak diizinkan.</translation>
    </message>
    <message>
        <source>It refers to a record that does not exist.</source>
        <translation>Data ini merujuk ke data lain yang tidak ada.</translation>
    </message>
    <message>
        <source>The file is not a Lintas database.</source>
        <translation>Berkas ini bukan basis data Lintas.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Lintas. Update Lintas to open it.</source>
        <translation>Basis data ini dibuat oleh versi Lintas yang lebih baru. Perbarui Lintas untuk membukanya.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>Berkas tidak dapat dibaca atau ditulis.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>Basis data melaporkan kesalahan.</translation>
    </message>
    <message>
        <source>An internal error occurred. Please report it.</source>
        <translation>Terjadi kesalahan internal. Mohon laporkan kesalahan ini.</translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation>Kode instansi</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Nama instansi</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the name of a field, %2 the sentence saying what is wrong with it.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot use the file “%1”. %2</source>
        <extracomment>%1 is a file path, %2 the sentence saying what went wrong.</extracomment>
        <translation>Berkas “%1” tidak dapat digunakan. %2</translation>
    </message>
    <message>
        <source>Technical detail: %1: %2</source>
        <extracomment>%1 is an error&apos;s machine name such as &quot;not-lintas-database&quot;, %2 a short English explanation.</extracomment>
        <translation>Rincian teknis: %1: %2</translation>
    </message>
    <message>
        <source>The file is damaged or not in the expected format.</source>
        <translation>Berkas ini rusak atau formatnya tidak sesuai.</translation>
    </message>
    <message>
        <source>The file failed a security check: its signature, a checksum or the sender&apos;s certificate is not valid.</source>
        <translation>Berkas ini tidak lolos pemeriksaan keamanan: tanda tangan, checksum, atau sertifikat pengirimnya tidak sah.</translation>
    </message>
    <message>
        <source>This is not allowed.</source>
        <translation>Tindakan ini tidak diizinkan.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>Frasa sandi salah.</translation>
    </message>
    <message>
        <source>Your roles do not allow this. The attempt has been recorded in the audit log.</source>
        <translation>Peran Anda tidak mengizinkan tindakan ini. Upaya ini telah dicatat dalam log audit.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait a moment before trying again.</source>
        <translation>Terlalu banyak upaya masuk yang gagal. Tunggu sebentar sebelum mencoba lagi.</translation>
    </message>
    <message>
        <source>This database is from an earlier version of Lintas and is not encrypted yet. Encrypt it before use.</source>
        <translation>Basis data ini berasal dari versi Lintas yang lebih lama dan belum dienkripsi. Enkripsi basis data ini sebelum digunakan.</translation>
    </message>
    <message>
        <source>The database or one of its files failed its integrity check: it is damaged or was altered.</source>
        <translation>Basis data atau salah satu berkasnya tidak lolos pemeriksaan integritas: berkas tersebut rusak atau telah diubah.</translation>
    </message>
    <message>
        <source>This installation lacks SQLCipher 4.6 or newer with full-text search. Reinstall Lintas.</source>
        <translation>Instalasi ini tidak memiliki SQLCipher 4.6 atau yang lebih baru dengan pencarian teks lengkap. Instal ulang Lintas.</translation>
    </message>
</context>
<context>
    <name>ExchangeText</name>
    <message>
        <source>Identifiable</source>
        <extracomment>How a victim leaves in a bundle: with name and details.</extracomment>
        <translation>Dengan identitas</translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <extracomment>How a victim leaves in a bundle: as a stable code instead of a name.
----------
Bundle profile: every victim as a code.</extracomment>
        <translation>Dipseudonimkan</translation>
    </message>
    <message>
        <source>Refused</source>
        <extracomment>How a victim leaves in a bundle: not at all, and the export is refused.</extracomment>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>The victim&apos;s recorded consent covers this recipient and purpose.</source>
        <translation>Persetujuan korban yang tercatat mencakup penerima dan tujuan ini.</translation>
    </message>
    <message>
        <source>The chosen profile sends every victim as a code.</source>
        <translation>Profil yang dipilih mengirim setiap korban sebagai kode.</translation>
    </message>
    <message>
        <source>No consent to share is recorded for this victim.</source>
        <translation>Tidak ada persetujuan berbagi data yang tercatat untuk korban ini.</translation>
    </message>
    <message>
        <source>The victim&apos;s consent was withdrawn or is not in force today.</source>
        <translation>Persetujuan korban telah ditarik atau tidak berlaku hari ini.</translation>
    </message>
    <message>
        <source>The victim&apos;s consent names another recipient.</source>
        <translation>Persetujuan korban menyebut penerima lain.</translation>
    </message>
    <message>
        <source>The victim&apos;s consent is for another purpose.</source>
        <translation>Persetujuan korban diberikan untuk tujuan lain.</translation>
    </message>
    <message>
        <source>The victim&apos;s consent is for another case.</source>
        <translation>Persetujuan korban diberikan untuk kasus lain.</translation>
    </message>
    <message>
        <source>The victim&apos;s consent does not cover their identity.</source>
        <translation>Persetujuan korban tidak mencakup identitasnya.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <extracomment>%1 is a machine reason code that this version does not know.</extracomment>
        <translation>Alasan: %1</translation>
    </message>
    <message>
        <source>A victim&apos;s consent does not cover this, and you chose to refuse rather than pseudonymise.</source>
        <translation>Persetujuan seorang korban tidak mencakup hal ini, dan Anda memilih untuk menolak ekspor, bukan mempseudonimkan korban.</translation>
    </message>
    <message>
        <source>A record received from another agency may not be passed on without its permission (handling code H1/H2).</source>
        <translation>Data yang diterima dari instansi lain tidak boleh diteruskan tanpa izin instansi tersebut (kode penanganan H1/H2).</translation>
    </message>
    <message>
        <source>A record is for its originator only (handling code H3) and never leaves.</source>
        <translation>Ada data yang hanya untuk instansi asalnya (kode penanganan H3) dan tidak pernah boleh dikirim keluar.</translation>
    </message>
    <message>
        <source>The chosen TLP or handling code is less restrictive than a case&apos;s own marking.</source>
        <translation>TLP atau kode penanganan yang dipilih lebih longgar daripada penandaan pada kasus itu sendiri.</translation>
    </message>
    <message>
        <source>A photo or video of a case with a pseudonymised victim stays here.</source>
        <translation>Foto atau video dari kasus dengan korban yang dipseudonimkan tetap berada di sini.</translation>
    </message>
    <message>
        <source>Full</source>
        <extracomment>Bundle profile: identifiable records.</extracomment>
        <translation>Lengkap</translation>
    </message>
    <message>
        <source>Statistics</source>
        <extracomment>Bundle profile: aggregate counts only.</extracomment>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Records as they are; victims identifiable only where their consent covers it.</source>
        <translation>Data apa adanya; korban dapat diidentifikasi hanya jika persetujuannya mencakup hal itu.</translation>
    </message>
    <message>
        <source>Every victim as a stable code: no names, birth dates, contacts, identifiers or photos.</source>
        <translation>Setiap korban sebagai kode tetap: tanpa nama, tanggal lahir, kontak, pengenal, atau foto.</translation>
    </message>
    <message>
        <source>Counts only, small counts suppressed: no records about any person leave.</source>
        <translation>Hanya jumlah, jumlah kecil disembunyikan: tidak ada data tentang orang mana pun yang dikirim keluar.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Victim profile</source>
        <translation>Profil korban</translation>
    </message>
    <message>
        <source>Suspect profile</source>
        <translation>Profil tersangka</translation>
    </message>
    <message>
        <source>Role in case</source>
        <translation>Peran dalam kasus</translation>
    </message>
    <message>
        <source>Journey leg</source>
        <translation>Segmen perjalanan</translation>
    </message>
    <message>
        <source>Case link</source>
        <translation>Tautan kasus</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n kasus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n orang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n victim profile(s)</source>
        <translation>
            <numerusform>%n profil korban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suspect profile(s)</source>
        <translation>
            <numerusform>%n profil tersangka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) in cases</source>
        <translation>
            <numerusform>%n peran dalam kasus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journey leg(s)</source>
        <translation>
            <numerusform>%n segmen perjalanan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case link(s)</source>
        <translation>
            <numerusform>%n tautan kasus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n hubungan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n rujukan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n catatan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n lampiran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisasi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a record kind, %2 how many.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>Import action: the record is not here yet and will be added.</extracomment>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Update</source>
        <extracomment>Import action: a newer copy of a record received before.</extracomment>
        <translation>Pembaruan</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Conflict</source>
        <extracomment>Import action: the record was also edited here, or cannot be taken.</extracomment>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>The bundle carries a record of our own agency; ours stays.</source>
        <translation>Bundel memuat data milik instansi kami sendiri; data kami tetap dipertahankan.</translation>
    </message>
    <message>
        <source>A record with this identity exists here from another agency.</source>
        <translation>Data dengan identitas ini sudah ada di sini dari instansi lain.</translation>
    </message>
    <message>
        <source>This record belongs to another case here.</source>
        <translation>Data ini termasuk dalam kasus lain di sini.</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Kasus menurut status</translation>
    </message>
    <message>
        <source>Cases by form of exploitation</source>
        <translation>Kasus menurut bentuk eksploitasi</translation>
    </message>
    <message>
        <source>Cases by country</source>
        <translation>Kasus menurut negara</translation>
    </message>
    <message>
        <source>Victims by sex</source>
        <translation>Korban menurut jenis kelamin</translation>
    </message>
    <message>
        <source>Victims by age bracket</source>
        <translation>Korban menurut kelompok usia</translation>
    </message>
    <message>
        <source>Victims by citizenship</source>
        <translation>Korban menurut kewarganegaraan</translation>
    </message>
    <message>
        <source>Victims by type of exploitation</source>
        <translation>Korban menurut jenis eksploitasi</translation>
    </message>
    <message>
        <source>Victims by country of exploitation</source>
        <translation>Korban menurut negara eksploitasi</translation>
    </message>
    <message>
        <source>Referrals by service</source>
        <translation>Rujukan menurut layanan</translation>
    </message>
    <message>
        <source>Referrals by status</source>
        <translation>Rujukan menurut status</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A partner agency: %1 its code, %2 its country, e.g. &quot;Thailand (THA)&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Needs supervisor approval: an export under handling code H2 or TLP:RED leaves only with a supervisor&apos;s approval of exactly this request.</source>
        <translation>Memerlukan persetujuan supervisor: ekspor dengan kode penanganan H2 atau TLP:RED hanya dapat dikirim dengan persetujuan supervisor atas permintaan ini, persis seperti yang diajukan.</translation>
    </message>
</context>
<context>
    <name>MessageBoxPrompter</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>You changed “%1” and have not saved it yet.</source>
        <translation>Anda mengubah “%1” dan belum menyimpannya.</translation>
    </message>
    <message>
        <source>Save the changes, discard them, or go back to editing?</source>
        <translation>Simpan perubahan, buang perubahan, atau kembali menyunting?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Buang perubahan</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Lanjutkan menyunting</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Diubah oleh pengguna lain</translation>
    </message>
    <message>
        <source>“%1” was saved by someone else after you opened it.</source>
        <translation>“%1” disimpan oleh pengguna lain setelah Anda membukanya.</translation>
    </message>
    <message>
        <source>Load their version (your changes are lost), save yours over theirs (their changes are lost), or go back to editing and compare first?</source>
        <translation>Muat versi mereka (perubahan Anda hilang), simpan versi Anda menimpa versi mereka (perubahan mereka hilang), atau kembali menyunting dan bandingkan terlebih dahulu?</translation>
    </message>
    <message>
        <source>&amp;Load their version</source>
        <translation>&amp;Muat versi pengguna lain</translation>
    </message>
    <message>
        <source>&amp;Save mine over theirs</source>
        <translation>&amp;Timpa dengan versi saya</translation>
    </message>
    <message>
        <source>Complete referral</source>
        <translation>Selesaikan rujukan</translation>
    </message>
    <message>
        <source>Outcome of “%1” (optional), for example what the service provided:</source>
        <translation>Hasil “%1” (opsional), misalnya apa yang diberikan oleh layanan:</translation>
    </message>
</context>
<context>
    <name>PersonText</name>
    <message>
        <source>Latin</source>
        <comment>writing system</comment>
        <translation>Latin</translation>
    </message>
    <message>
        <source>Thai</source>
        <comment>writing system</comment>
        <translation>Thai</translation>
    </message>
    <message>
        <source>Khmer</source>
        <comment>writing system</comment>
        <translation>Khmer</translation>
    </message>
    <message>
        <source>Myanmar (Burmese)</source>
        <comment>writing system</comment>
        <translation>Myanmar (Burma)</translation>
    </message>
    <message>
        <source>Lao</source>
        <comment>writing system</comment>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Arabic (Jawi)</source>
        <comment>writing system</comment>
        <translation>Arab (Jawi)</translation>
    </message>
    <message>
        <source>Chinese (simplified)</source>
        <comment>writing system</comment>
        <translation>Tionghoa (sederhana)</translation>
    </message>
    <message>
        <source>Chinese (traditional)</source>
        <comment>writing system</comment>
        <translation>Tionghoa (tradisional)</translation>
    </message>
    <message>
        <source>Korean (Hangul)</source>
        <comment>writing system</comment>
        <translation>Korea (Hangul)</translation>
    </message>
    <message>
        <source>Japanese</source>
        <comment>writing system</comment>
        <translation>Jepang</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <comment>writing system</comment>
        <translation>Sirilik</translation>
    </message>
    <message>
        <source>Devanagari</source>
        <comment>writing system</comment>
        <translation>Dewanagari</translation>
    </message>
    <message>
        <source>Bengali</source>
        <comment>writing system</comment>
        <translation>Bengali</translation>
    </message>
    <message>
        <source>Tamil</source>
        <comment>writing system</comment>
        <translation>Tamil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nama depan</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Nama tengah</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nama keluarga</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Perkiraan usia</translation>
    </message>
    <message>
        <source>Age estimated on</source>
        <translation>Usia diperkirakan pada</translation>
    </message>
    <message>
        <source>Citizenships</source>
        <translation>Kewarganegaraan</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>type</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>value</source>
        <translation>nilai</translation>
    </message>
    <message>
        <source>issuing country</source>
        <translation>negara penerbit</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>script</source>
        <translation>aksara</translation>
    </message>
    <message>
        <source>transliteration</source>
        <translation>transliterasi</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>street</source>
        <translation>jalan</translation>
    </message>
    <message>
        <source>city</source>
        <translation>kota</translation>
    </message>
    <message>
        <source>state or province</source>
        <translation>provinsi atau negara bagian</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>kode pos</translation>
    </message>
    <message>
        <source>country</source>
        <translation>negara</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Isian ini wajib diisi.</translation>
    </message>
    <message>
        <source>Enter a given name or a family name.</source>
        <translation>Masukkan nama depan atau nama keluarga.</translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation>Tanggal ini berada di masa mendatang.</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, for example 1994-07-21.</source>
        <translation>Tulis tanggal dalam format tahun-bulan-hari, misalnya 1994-07-21.</translation>
    </message>
    <message>
        <source>The age must lie between 0 and 130.</source>
        <translation>Usia harus antara 0 dan 130.</translation>
    </message>
    <message>
        <source>The text holds characters that cannot be stored.</source>
        <translation>Teks memuat karakter yang tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>This is not a known country.</source>
        <translation>Negara ini tidak dikenal.</translation>
    </message>
    <message>
        <source>This is not a known language.</source>
        <translation>Bahasa ini tidak dikenal.</translation>
    </message>
    <message>
        <source>This value is listed twice.</source>
        <translation>Nilai ini tercantum dua kali.</translation>
    </message>
    <message>
        <source>A phone number may only hold digits, spaces and the characters + - . ( ) /.</source>
        <translation>Nomor telepon hanya boleh berisi angka, spasi, dan karakter + - . ( ) /.</translation>
    </message>
    <message>
        <source>Write the number with its country code (+…) or choose a country.</source>
        <translation>Tulis nomor beserta kode negaranya (+…) atau pilih negara.</translation>
    </message>
    <message>
        <source>The chosen country has no known calling code.</source>
        <translation>Negara yang dipilih tidak memiliki kode panggil yang dikenal.</translation>
    </message>
    <message>
        <source>A phone number has 8 to 15 digits including the country code.</source>
        <translation>Nomor telepon terdiri atas 8 sampai 15 angka, termasuk kode negara.</translation>
    </message>
    <message>
        <source>A country code cannot start with 0.</source>
        <translation>Kode negara tidak boleh diawali angka 0.</translation>
    </message>
    <message>
        <source>A document number may only hold letters, digits, spaces and dashes.</source>
        <translation>Nomor dokumen hanya boleh berisi huruf, angka, spasi, dan tanda hubung.</translation>
    </message>
    <message>
        <source>A document number has 3 to 30 letters or digits.</source>
        <translation>Nomor dokumen terdiri atas 3 sampai 30 huruf atau angka.</translation>
    </message>
    <message>
        <source>An e-mail address needs one @ with a name before it.</source>
        <translation>Alamat surel memerlukan satu tanda @ dengan nama di depannya.</translation>
    </message>
    <message>
        <source>An e-mail address needs a domain such as example.org after the @.</source>
        <translation>Alamat surel memerlukan domain seperti example.org setelah tanda @.</translation>
    </message>
    <message>
        <source>An e-mail address cannot contain spaces.</source>
        <translation>Alamat surel tidak boleh berisi spasi.</translation>
    </message>
    <message>
        <source>This is not a recognisable phone number, document number or address.</source>
        <translation>Ini bukan nomor telepon, nomor dokumen, atau alamat yang dapat dikenali.</translation>
    </message>
    <message>
        <source>Enter both latitude and longitude.</source>
        <translation>Masukkan lintang dan bujur sekaligus.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A writing system in a list: %1 is its name, %2 its ISO 15924 code.
----------
%1 is a translated sentence, %2 core&apos;s short technical explanation in English.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Identifier %1</source>
        <extracomment>%1 is the 1-based row of the identifier in the table.</extracomment>
        <translation>Pengenal %1</translation>
    </message>
    <message>
        <source>Alias %1</source>
        <extracomment>%1 is the 1-based row of the alias in the table.</extracomment>
        <translation>Alias %1</translation>
    </message>
    <message>
        <source>Address %1</source>
        <extracomment>%1 is the 1-based row of the address in the table.</extracomment>
        <translation>Alamat %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A field of one row of a table: %1 is the row (&quot;Identifier 2&quot;), %2 the column (&quot;value&quot;).</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Teks ini terlalu panjang.</translation>
    </message>
    <message>
        <source>This is not a value of the list.</source>
        <translation>Nilai ini tidak ada dalam daftar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 names a field, %2 is the sentence saying what is wrong with it.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ReferralText</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Terima</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>T&amp;olak</translation>
    </message>
    <message>
        <source>&amp;Start service</source>
        <translation>&amp;Mulai layanan</translation>
    </message>
    <message>
        <source>C&amp;omplete…</source>
        <translation>&amp;Selesaikan…</translation>
    </message>
    <message>
        <source>Cance&amp;l referral</source>
        <translation>&amp;Batalkan rujukan</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <extracomment>A button moving a referral into a state this version has no verb for; %1 is the state.</extracomment>
        <translation>Pindahkan ke %1</translation>
    </message>
    <message>
        <source>The provider accepted the referral</source>
        <translation>Penyedia layanan menerima rujukan</translation>
    </message>
    <message>
        <source>The provider declined the referral</source>
        <translation>Penyedia layanan menolak rujukan</translation>
    </message>
    <message>
        <source>The provider started the service</source>
        <translation>Penyedia layanan mulai memberikan layanan</translation>
    </message>
    <message>
        <source>The service was delivered; you can record its outcome</source>
        <translation>Layanan telah diberikan; Anda dapat mencatat hasilnya</translation>
    </message>
    <message>
        <source>The referral is no longer needed</source>
        <translation>Rujukan tidak diperlukan lagi</translation>
    </message>
</context>
<context>
    <name>SecurityText</name>
    <message>
        <source>Investigator</source>
        <translation>Penyidik</translation>
    </message>
    <message>
        <source>Victim-support officer</source>
        <translation>Petugas pendamping korban</translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation>Petugas penghubung</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Cases, people, organisations, journeys and evidence.</source>
        <translation>Kasus, orang, organisasi, perjalanan, dan barang bukti.</translation>
    </message>
    <message>
        <source>Victims&apos; support data, consent and referrals; not suspects&apos; intelligence.</source>
        <translation>Data pendampingan korban, persetujuan korban, dan rujukan; bukan data intelijen tentang tersangka.</translation>
    </message>
    <message>
        <source>Exports and imports bundles, the trust store and the exchange log.</source>
        <translation>Ekspor dan impor bundel, daftar mitra tepercaya, dan log pertukaran.</translation>
    </message>
    <message>
        <source>Reads everything, approves sensitive exports, reads the audit log and confirms deletions.</source>
        <translation>Membaca semua data, menyetujui ekspor sensitif, membaca log audit, dan mengonfirmasi penghapusan.</translation>
    </message>
    <message>
        <source>Users, roles and settings; no case content.</source>
        <translation>Pengguna, peran, dan pengaturan; tanpa akses ke isi kasus.</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>tanpa peran</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between role names in a list.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Pembuatan</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Pembaruan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Penghapusan</translation>
    </message>
    <message>
        <source>Read identifying details</source>
        <translation>Pembacaan data identitas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pencarian</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Pencetakan</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Gagal masuk</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Layar dikunci</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Kunci layar dibuka</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Izin ditolak</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Peran diubah</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Pengguna dibuat</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Pengguna dinonaktifkan</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Kata sandi diubah</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Pengaturan diubah</translation>
    </message>
    <message>
        <source>Export approved</source>
        <translation>Ekspor disetujui</translation>
    </message>
    <message>
        <source>Deleted after retention</source>
        <translation>Dihapus setelah masa retensi</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Log audit diekspor</translation>
    </message>
    <message>
        <source>Audit checkpoint taken</source>
        <translation>Titik periksa audit dibuat</translation>
    </message>
    <message>
        <source>Database encrypted</source>
        <translation>Basis data dienkripsi</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan korban</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Journey leg</source>
        <translation>Segmen perjalanan</translation>
    </message>
    <message>
        <source>Case link</source>
        <translation>Tautan kasus</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Victim profile</source>
        <translation>Profil korban</translation>
    </message>
    <message>
        <source>Suspect profile</source>
        <translation>Profil tersangka</translation>
    </message>
    <message>
        <source>Case party</source>
        <translation>Pihak dalam kasus</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Partner certificate</source>
        <translation>Sertifikat mitra</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Identitas penandatanganan</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundel</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>Aturan retensi</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Kasus yang ditutup</translation>
    </message>
    <message>
        <source>Exchange log entries</source>
        <translation>Entri log pertukaran</translation>
    </message>
    <message>
        <source>Counted from the day the case was closed. Deleting a case removes its parties, profiles, journeys, links, notes, attachments, referrals and consents, and every person who is in no other case.</source>
        <translation>Dihitung sejak hari kasus ditutup. Menghapus kasus juga menghapus pihak, profil, perjalanan, tautan, catatan, lampiran, rujukan, dan persetujuan korban dalam kasus itu, serta setiap orang yang tidak terlibat dalam kasus lain.</translation>
    </message>
    <message>
        <source>Counted from the day the bundle was sent or received.</source>
        <translation>Dihitung sejak hari bundel dikirim atau diterima.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) deleted.</source>
        <translation>
            <numerusform>%n kasus dihapus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) who were in no other case deleted.</source>
        <translation>
            <numerusform>%n orang yang tidak terlibat dalam kasus lain dihapus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange log entry(ies) deleted.</source>
        <translation>
            <numerusform>%n entri log pertukaran dihapus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) will be deleted.</source>
        <translation>
            <numerusform>%n kasus akan dihapus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) who are in no other case will be deleted with them.</source>
        <translation>
            <numerusform>%n orang yang tidak terlibat dalam kasus lain akan ikut dihapus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange log entry(ies) will be deleted.</source>
        <translation>
            <numerusform>%n entri log pertukaran akan dihapus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) stay because another case names them.</source>
        <translation>
            <numerusform>%n orang tetap disimpan karena disebut dalam kasus lain.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows removed: %1. Attachment files removed: %2.</source>
        <extracomment>%1 counts database rows, %2 attachment files.</extracomment>
        <translation>Baris yang dihapus: %1. Berkas lampiran yang dihapus: %2.</translation>
    </message>
    <message>
        <source>Rows to remove: %1. Attachment files to remove: %2.</source>
        <translation>Baris yang akan dihapus: %1. Berkas lampiran yang akan dihapus: %2.</translation>
    </message>
    <message>
        <source>Database compacted from %1 to %2.</source>
        <extracomment>%1 and %2 are file sizes such as &quot;12.5 MB&quot;.</extracomment>
        <translation>Basis data dipadatkan dari %1 menjadi %2.</translation>
    </message>
    <message>
        <source>This user name is taken. Choose another one.</source>
        <translation>Nama pengguna ini sudah dipakai. Pilih nama lain.</translation>
    </message>
    <message>
        <source>The user name must be 2 to 64 characters: lower-case letters, digits, dots, hyphens or underscores.</source>
        <translation>Nama pengguna harus terdiri atas 2 sampai 64 karakter: huruf kecil, angka, titik, tanda hubung, atau garis bawah.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>Kata sandi tidak boleh sama dengan nama pengguna.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Kata sandi baru harus berbeda dari kata sandi saat ini.</translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>Kata sandi terlalu panjang.</translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>Kata sandi harus terdiri atas paling sedikit 10 karakter.</translation>
    </message>
    <message>
        <source>The display name must not contain control characters.</source>
        <translation>Nama tampilan tidak boleh memuat karakter kontrol.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Pilih paling sedikit satu peran.</translation>
    </message>
    <message>
        <source>Give the reason for reading these details.</source>
        <translation>Sebutkan alasan Anda membaca data ini.</translation>
    </message>
    <message>
        <source>The review date must be a date after today.</source>
        <translation>Tanggal peninjauan harus setelah hari ini.</translation>
    </message>
    <message>
        <source>A rule keeps records for 0 (forever) to 100 years.</source>
        <translation>Aturan retensi menyimpan data selama 0 (selamanya) sampai 100 tahun.</translation>
    </message>
    <message>
        <source>Your own password is wrong.</source>
        <translation>Kata sandi Anda sendiri salah.</translation>
    </message>
    <message>
        <source>Refused: at least one active administrator must remain.</source>
        <translation>Ditolak: harus tetap ada paling sedikit satu administrator aktif.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>Akun ini dinonaktifkan.</translation>
    </message>
    <message>
        <source>The identifying details are hidden. Show them (with a reason) before changing them.</source>
        <translation>Data identitas disembunyikan. Tampilkan data tersebut (dengan menyebutkan alasan) sebelum mengubahnya.</translation>
    </message>
</context>
<context>
    <name>TabText</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nama depan</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nama keluarga</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Kewarganegaraan</translation>
    </message>
    <message>
        <source>Identifier type</source>
        <translation>Jenis pengenal</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Pengenal</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Negara penerbit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Role details</source>
        <translation>Rincian peran</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Korban</translation>
    </message>
    <message>
        <source>Trafficking status</source>
        <translation>Status korban perdagangan orang</translation>
    </message>
    <message>
        <source>Status decided by</source>
        <translation>Status ditetapkan oleh</translation>
    </message>
    <message>
        <source>Relationship to trafficker</source>
        <translation>Hubungan dengan pelaku perdagangan orang</translation>
    </message>
    <message>
        <source>Age when trafficked</source>
        <translation>Usia saat diperdagangkan</translation>
    </message>
    <message>
        <source>Recruitment methods</source>
        <translation>Cara perekrutan</translation>
    </message>
    <message>
        <source>Recruitment websites and apps</source>
        <translation>Situs web dan aplikasi perekrutan</translation>
    </message>
    <message>
        <source>Methods of control</source>
        <translation>Cara pengendalian</translation>
    </message>
    <message>
        <source>Types of exploitation</source>
        <translation>Jenis eksploitasi</translation>
    </message>
    <message>
        <source>Types of sexual exploitation</source>
        <translation>Jenis eksploitasi seksual</translation>
    </message>
    <message>
        <source>Forced-labour industry</source>
        <translation>Sektor kerja paksa</translation>
    </message>
    <message>
        <source>Exploitation websites and apps</source>
        <translation>Situs web dan aplikasi yang digunakan untuk eksploitasi</translation>
    </message>
    <message>
        <source>How identified</source>
        <translation>Cara teridentifikasi</translation>
    </message>
    <message>
        <source>Identified on</source>
        <translation>Teridentifikasi pada</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Tersangka</translation>
    </message>
    <message>
        <source>Roles in the process</source>
        <translation>Peran dalam proses</translation>
    </message>
    <message>
        <source>Arrest status</source>
        <translation>Status penangkapan</translation>
    </message>
    <message>
        <source>Arrested on</source>
        <translation>Ditangkap pada</translation>
    </message>
    <message>
        <source>Charge status</source>
        <translation>Status dakwaan</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Dakwaan</translation>
    </message>
    <message>
        <source>Prosecution status</source>
        <translation>Status penuntutan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Provinsi atau negara bagian</translation>
    </message>
    <message>
        <source>City or place</source>
        <translation>Kota atau tempat</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Jalan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Means of travel</source>
        <translation>Sarana perjalanan</translation>
    </message>
    <message>
        <source>Border crossing</source>
        <translation>Perlintasan batas</translation>
    </message>
    <message>
        <source>Documents used</source>
        <translation>Dokumen yang digunakan</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Referensi kasus</translation>
    </message>
    <message>
        <source>Linked case</source>
        <translation>Kasus tertaut</translation>
    </message>
    <message>
        <source>Their agency code</source>
        <translation>Kode instansi mereka</translation>
    </message>
    <message>
        <source>Their country</source>
        <translation>Negara mereka</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Referensi mereka</translation>
    </message>
    <message>
        <source>Our contact</source>
        <translation>Kontak kami</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ke</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Source grade</source>
        <translation>Penilaian sumber</translation>
    </message>
    <message>
        <source>Information grade</source>
        <translation>Nilai informasi</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Penyedia layanan</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>Terjadi pada</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nama berkas</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Jenis media</translation>
    </message>
    <message>
        <source>File to attach</source>
        <translation>Berkas yang akan dilampirkan</translation>
    </message>
    <message>
        <source>Attachment store</source>
        <translation>Penyimpanan lampiran</translation>
    </message>
    <message>
        <source>Stored attachment</source>
        <translation>Lampiran tersimpan</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>Berkas tujuan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the name of a field, %2 the sentence saying what is wrong with it.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Terima</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>Cancel referral</source>
        <translation>Batalkan rujukan</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <extracomment>%1 is a referral status.</extracomment>
        <translation>Pindahkan ke %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <extracomment>%1 is a number of bytes, formatted for the locale.</extracomment>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>Victim (identity hidden)</source>
        <extracomment>Shown instead of a victim&apos;s name, which stays hidden until read with a reason.</extracomment>
        <translation>Korban (identitas disembunyikan)</translation>
    </message>
    <message>
        <source>Victim %1 (identity hidden)</source>
        <extracomment>Shown instead of a victim&apos;s hidden name when a case has several; %1 numbers them.</extracomment>
        <translation>Korban %1 (identitas disembunyikan)</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>lintas: there is no translation for “%1”; using English.</source>
        <translation>lintas: tidak ada terjemahan untuk “%1”; memakai bahasa Inggris.</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <source>Lintas</source>
        <translation>Lintas</translation>
    </message>
    <message>
        <source>An unexpected error stopped the last action, which may not have completed. If this happens again, please report it.</source>
        <translation>Kesalahan tak terduga menghentikan tindakan terakhir, sehingga tindakan itu mungkin belum selesai. Jika hal ini terulang, mohon laporkan.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>VocabText</name>
    <message>
        <source>NGO</source>
        <comment>organisation type</comment>
        <translation>LSM</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <comment>organisation type</comment>
        <translation>Penegak hukum</translation>
    </message>
    <message>
        <source>Health service organisation</source>
        <comment>organisation type</comment>
        <translation>Fasilitas pelayanan kesehatan</translation>
    </message>
    <message>
        <source>Central government organisation</source>
        <comment>organisation type</comment>
        <translation>Instansi pemerintah pusat</translation>
    </message>
    <message>
        <source>Local government organisation</source>
        <comment>organisation type</comment>
        <translation>Instansi pemerintah daerah</translation>
    </message>
    <message>
        <source>Immigration service</source>
        <comment>organisation type</comment>
        <translation>Instansi imigrasi</translation>
    </message>
    <message>
        <source>Legal service</source>
        <comment>organisation type</comment>
        <translation>Layanan hukum</translation>
    </message>
    <message>
        <source>Corporate business</source>
        <comment>organisation type</comment>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>School or college</source>
        <comment>organisation type</comment>
        <translation>Sekolah atau perguruan tinggi</translation>
    </message>
    <message>
        <source>Recruitment agency</source>
        <comment>organisation type</comment>
        <translation>Agen perekrutan</translation>
    </message>
    <message>
        <source>Employer</source>
        <comment>organisation type</comment>
        <translation>Pemberi kerja</translation>
    </message>
    <message>
        <source>Scam compound</source>
        <comment>organisation type</comment>
        <translation>Kompleks penipuan daring</translation>
    </message>
    <message>
        <source>Service provider</source>
        <comment>organisation type</comment>
        <translation>Penyedia layanan</translation>
    </message>
    <message>
        <source>Shelter</source>
        <comment>organisation type</comment>
        <translation>Rumah aman</translation>
    </message>
    <message>
        <source>International organisation</source>
        <comment>organisation type</comment>
        <translation>Organisasi internasional</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <comment>organisation type</comment>
        <translation>Lembaga keuangan</translation>
    </message>
    <message>
        <source>Online platform</source>
        <comment>organisation type</comment>
        <translation>Platform daring</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>organisation type</comment>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Female</source>
        <comment>sex</comment>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Male</source>
        <comment>sex</comment>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Intersex</source>
        <comment>sex</comment>
        <translation>Interseks</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>sex</comment>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Feminine</source>
        <comment>gender</comment>
        <translation>Feminin</translation>
    </message>
    <message>
        <source>Masculine</source>
        <comment>gender</comment>
        <translation>Maskulin</translation>
    </message>
    <message>
        <source>Transgender feminine</source>
        <comment>gender</comment>
        <translation>Transgender feminin</translation>
    </message>
    <message>
        <source>Transgender masculine</source>
        <comment>gender</comment>
        <translation>Transgender maskulin</translation>
    </message>
    <message>
        <source>Non-conforming</source>
        <comment>gender</comment>
        <translation>Nonkonformis</translation>
    </message>
    <message>
        <source>Not specified or unknown</source>
        <comment>gender</comment>
        <translation>Tidak disebutkan atau tidak diketahui</translation>
    </message>
    <message>
        <source>Possible victim of trafficking</source>
        <comment>trafficking status</comment>
        <translation>Terduga korban perdagangan orang</translation>
    </message>
    <message>
        <source>Actual victim of trafficking</source>
        <comment>trafficking status</comment>
        <translation>Korban perdagangan orang (terbukti)</translation>
    </message>
    <message>
        <source>Not a victim of trafficking</source>
        <comment>trafficking status</comment>
        <translation>Bukan korban perdagangan orang</translation>
    </message>
    <message>
        <source>Police</source>
        <comment>who decided the trafficking status</comment>
        <translation>Kepolisian</translation>
    </message>
    <message>
        <source>NGO</source>
        <comment>who decided the trafficking status</comment>
        <translation>LSM</translation>
    </message>
    <message>
        <source>Court or prosecution</source>
        <comment>who decided the trafficking status</comment>
        <translation>Pengadilan atau kejaksaan</translation>
    </message>
    <message>
        <source>Non-police government organisation</source>
        <comment>who decided the trafficking status</comment>
        <translation>Instansi pemerintah selain kepolisian</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>who decided the trafficking status</comment>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Family</source>
        <comment>victim&apos;s relationship to the trafficker</comment>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Acquainted</source>
        <comment>victim&apos;s relationship to the trafficker</comment>
        <translation>Kenalan</translation>
    </message>
    <message>
        <source>Unacquainted</source>
        <comment>victim&apos;s relationship to the trafficker</comment>
        <translation>Tidak saling kenal</translation>
    </message>
    <message>
        <source>Facebook</source>
        <comment>website or app</comment>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Instagram</source>
        <comment>website or app</comment>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <comment>website or app</comment>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Telegram</source>
        <comment>website or app</comment>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Facebook Messenger</source>
        <comment>website or app</comment>
        <translation>Facebook Messenger</translation>
    </message>
    <message>
        <source>Viber</source>
        <comment>website or app</comment>
        <translation>Viber</translation>
    </message>
    <message>
        <source>Snapchat</source>
        <comment>website or app</comment>
        <translation>Snapchat</translation>
    </message>
    <message>
        <source>LINE</source>
        <comment>website or app</comment>
        <translation>LINE</translation>
    </message>
    <message>
        <source>4Sale</source>
        <comment>website or app</comment>
        <translation>4Sale</translation>
    </message>
    <message>
        <source>WeChat</source>
        <comment>website or app</comment>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>QQ</source>
        <comment>website or app</comment>
        <translation>QQ</translation>
    </message>
    <message>
        <source>Qzone</source>
        <comment>website or app</comment>
        <translation>Qzone</translation>
    </message>
    <message>
        <source>TikTok</source>
        <comment>website or app</comment>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Twitter</source>
        <comment>website or app</comment>
        <translation>Twitter</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>website or app</comment>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>At a place of business</source>
        <comment>recruitment method</comment>
        <translation>Di tempat usaha</translation>
    </message>
    <message>
        <source>At an educational institution</source>
        <comment>recruitment method</comment>
        <translation>Di lembaga pendidikan</translation>
    </message>
    <message>
        <source>At work</source>
        <comment>recruitment method</comment>
        <translation>Di tempat kerja</translation>
    </message>
    <message>
        <source>Through online social networks</source>
        <comment>recruitment method</comment>
        <translation>Melalui jejaring sosial daring</translation>
    </message>
    <message>
        <source>Through an online advertisement</source>
        <comment>recruitment method</comment>
        <translation>Melalui iklan daring</translation>
    </message>
    <message>
        <source>Through a television advert</source>
        <comment>recruitment method</comment>
        <translation>Melalui iklan televisi</translation>
    </message>
    <message>
        <source>Through a newspaper advert</source>
        <comment>recruitment method</comment>
        <translation>Melalui iklan surat kabar</translation>
    </message>
    <message>
        <source>Through family or family events</source>
        <comment>recruitment method</comment>
        <translation>Melalui keluarga atau acara keluarga</translation>
    </message>
    <message>
        <source>Through friends or social events</source>
        <comment>recruitment method</comment>
        <translation>Melalui teman atau acara sosial</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>recruitment method</comment>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Physical threats</source>
        <comment>method of control</comment>
        <translation>Ancaman fisik</translation>
    </message>
    <message>
        <source>Threats of law enforcement</source>
        <comment>method of control</comment>
        <translation>Ancaman dilaporkan kepada aparat penegak hukum</translation>
    </message>
    <message>
        <source>Threatens children or family</source>
        <comment>method of control</comment>
        <translation>Mengancam anak atau keluarga</translation>
    </message>
    <message>
        <source>Debt bondage</source>
        <comment>method of control</comment>
        <translation>Jeratan utang</translation>
    </message>
    <message>
        <source>False promises</source>
        <comment>method of control</comment>
        <translation>Janji palsu</translation>
    </message>
    <message>
        <source>Physical abuse</source>
        <comment>method of control</comment>
        <translation>Kekerasan fisik</translation>
    </message>
    <message>
        <source>Sexual abuse</source>
        <comment>method of control</comment>
        <translation>Kekerasan seksual</translation>
    </message>
    <message>
        <source>Takes earnings</source>
        <comment>method of control</comment>
        <translation>Mengambil penghasilan</translation>
    </message>
    <message>
        <source>Restricts financial access</source>
        <comment>method of control</comment>
        <translation>Membatasi akses keuangan</translation>
    </message>
    <message>
        <source>Restricts medical care</source>
        <comment>method of control</comment>
        <translation>Membatasi akses perawatan medis</translation>
    </message>
    <message>
        <source>Withholds necessities</source>
        <comment>method of control</comment>
        <translation>Menahan kebutuhan pokok</translation>
    </message>
    <message>
        <source>Psychological abuse</source>
        <comment>method of control</comment>
        <translation>Kekerasan psikis</translation>
    </message>
    <message>
        <source>Psychoactive substances</source>
        <comment>method of control</comment>
        <translation>Zat psikoaktif</translation>
    </message>
    <message>
        <source>Excessive working hours</source>
        <comment>method of control</comment>
        <translation>Jam kerja berlebihan</translation>
    </message>
    <message>
        <source>Withholds documents</source>
        <comment>method of control</comment>
        <translation>Menahan dokumen</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>method of control</comment>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Forced labour</source>
        <comment>type of exploitation</comment>
        <translation>Kerja paksa</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <comment>type of exploitation</comment>
        <translation>Eksploitasi seksual</translation>
    </message>
    <message>
        <source>Child labour</source>
        <comment>type of exploitation</comment>
        <translation>Pekerja anak</translation>
    </message>
    <message>
        <source>Forced marriage</source>
        <comment>type of exploitation</comment>
        <translation>Perkawinan paksa</translation>
    </message>
    <message>
        <source>Servitude</source>
        <comment>type of exploitation</comment>
        <translation>Perhambaan</translation>
    </message>
    <message>
        <source>Forced military (by non-state actors)</source>
        <comment>type of exploitation</comment>
        <translation>Dinas militer paksa (oleh aktor nonnegara)</translation>
    </message>
    <message>
        <source>Forced military service</source>
        <comment>type of exploitation, short form</comment>
        <translation>Dinas militer paksa</translation>
    </message>
    <message>
        <source>Organ removal</source>
        <comment>type of exploitation</comment>
        <translation>Pengambilan organ</translation>
    </message>
    <message>
        <source>Forced begging</source>
        <comment>type of exploitation</comment>
        <translation>Pengemisan paksa</translation>
    </message>
    <message>
        <source>Forced adoption</source>
        <comment>type of exploitation</comment>
        <translation>Adopsi paksa</translation>
    </message>
    <message>
        <source>Surrogacy</source>
        <comment>type of exploitation</comment>
        <translation>Ibu pengganti (surogasi)</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>type of exploitation</comment>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Forced criminality (e.g. online scam operations)</source>
        <comment>type of exploitation</comment>
        <translation>Pemaksaan melakukan kejahatan (misalnya operasi penipuan daring)</translation>
    </message>
    <message>
        <source>Forced criminality (scams)</source>
        <comment>type of exploitation, short form</comment>
        <translation>Pemaksaan melakukan kejahatan (penipuan)</translation>
    </message>
    <message>
        <source>Agriculture, forestry and fishing</source>
        <comment>industry</comment>
        <translation>Pertanian, kehutanan dan perikanan</translation>
    </message>
    <message>
        <source>Mining and quarrying</source>
        <comment>industry</comment>
        <translation>Pertambangan dan penggalian</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <comment>industry</comment>
        <translation>Industri pengolahan</translation>
    </message>
    <message>
        <source>Electricity, gas, steam and air conditioning supply</source>
        <comment>industry</comment>
        <translation>Pengadaan listrik, gas, uap/air panas dan udara dingin</translation>
    </message>
    <message>
        <source>Water supply; sewerage, waste management and remediation</source>
        <comment>industry</comment>
        <translation>Pengadaan air; pengelolaan sampah dan daur ulang, pembuangan dan pembersihan limbah dan sampah</translation>
    </message>
    <message>
        <source>Construction</source>
        <comment>industry</comment>
        <translation>Konstruksi</translation>
    </message>
    <message>
        <source>Wholesale and retail trade; repair of motor vehicles and motorcycles</source>
        <comment>industry</comment>
        <translation>Perdagangan besar dan eceran; reparasi dan perawatan mobil dan sepeda motor</translation>
    </message>
    <message>
        <source>Transportation and storage</source>
        <comment>industry</comment>
        <translation>Pengangkutan dan pergudangan</translation>
    </message>
    <message>
        <source>Accommodation and food service activities</source>
        <comment>industry</comment>
        <translation>Penyediaan akomodasi dan penyediaan makan minum</translation>
    </message>
    <message>
        <source>Information and communication</source>
        <comment>industry</comment>
        <translation>Informasi dan komunikasi</translation>
    </message>
    <message>
        <source>Financial and insurance activities</source>
        <comment>industry</comment>
        <translation>Aktivitas keuangan dan asuransi</translation>
    </message>
    <message>
        <source>Real estate activities</source>
        <comment>industry</comment>
        <translation>Real estat</translation>
    </message>
    <message>
        <source>Professional, scientific and technical activities</source>
        <comment>industry</comment>
        <translation>Aktivitas profesional, ilmiah, dan teknis</translation>
    </message>
    <message>
        <source>Administrative and support service activities</source>
        <comment>industry</comment>
        <translation>Aktivitas penyewaan dan sewa guna usaha tanpa hak opsi, ketenagakerjaan, agen perjalanan dan penunjang usaha lainnya</translation>
    </message>
    <message>
        <source>Public administration and defence; compulsory social security</source>
        <comment>industry</comment>
        <translation>Administrasi pemerintahan, pertahanan, dan jaminan sosial wajib</translation>
    </message>
    <message>
        <source>Education</source>
        <comment>industry</comment>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Human health and social work activities</source>
        <comment>industry</comment>
        <translation>Aktivitas kesehatan manusia dan aktivitas sosial</translation>
    </message>
    <message>
        <source>Arts, entertainment and recreation</source>
        <comment>industry</comment>
        <translation>Kesenian, hiburan dan rekreasi</translation>
    </message>
    <message>
        <source>Other service activities</source>
        <comment>industry</comment>
        <translation>Aktivitas jasa lainnya</translation>
    </message>
    <message>
        <source>Activities of households as employers</source>
        <comment>industry</comment>
        <translation>Aktivitas rumah tangga sebagai pemberi kerja</translation>
    </message>
    <message>
        <source>Activities of extraterritorial organisations and bodies</source>
        <comment>industry</comment>
        <translation>Aktivitas badan internasional dan badan ekstra internasional lainnya</translation>
    </message>
    <message>
        <source>Prostitution</source>
        <comment>type of sexual exploitation</comment>
        <translation>Prostitusi</translation>
    </message>
    <message>
        <source>Pornography</source>
        <comment>type of sexual exploitation</comment>
        <translation>Pornografi</translation>
    </message>
    <message>
        <source>Remote interactive services</source>
        <comment>type of sexual exploitation</comment>
        <translation>Layanan interaktif jarak jauh</translation>
    </message>
    <message>
        <source>Private sexual services</source>
        <comment>type of sexual exploitation</comment>
        <translation>Layanan seksual pribadi</translation>
    </message>
    <message>
        <source>Self-referral</source>
        <comment>how the victim was identified</comment>
        <translation>Melapor sendiri</translation>
    </message>
    <message>
        <source>Police operation</source>
        <comment>how the victim was identified</comment>
        <translation>Operasi kepolisian</translation>
    </message>
    <message>
        <source>Labour inspection</source>
        <comment>how the victim was identified</comment>
        <translation>Pengawasan ketenagakerjaan</translation>
    </message>
    <message>
        <source>Border screening</source>
        <comment>how the victim was identified</comment>
        <translation>Pemeriksaan di perbatasan</translation>
    </message>
    <message>
        <source>NGO outreach</source>
        <comment>how the victim was identified</comment>
        <translation>Penjangkauan oleh LSM</translation>
    </message>
    <message>
        <source>Hotline</source>
        <comment>how the victim was identified</comment>
        <translation>Saluran pengaduan (hotline)</translation>
    </message>
    <message>
        <source>Embassy or consulate</source>
        <comment>how the victim was identified</comment>
        <translation>Kedutaan besar atau konsulat</translation>
    </message>
    <message>
        <source>Health services</source>
        <comment>how the victim was identified</comment>
        <translation>Layanan kesehatan</translation>
    </message>
    <message>
        <source>Family or community</source>
        <comment>how the victim was identified</comment>
        <translation>Keluarga atau masyarakat</translation>
    </message>
    <message>
        <source>Referral from a foreign agency</source>
        <comment>how the victim was identified</comment>
        <translation>Rujukan dari instansi luar negeri</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>how the victim was identified</comment>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Travelling partner</source>
        <comment>suspect&apos;s role in the process</comment>
        <translation>Teman seperjalanan</translation>
    </message>
    <message>
        <source>Transporter</source>
        <comment>suspect&apos;s role in the process</comment>
        <translation>Pengangkut</translation>
    </message>
    <message>
        <source>Recruiter or intermediary</source>
        <comment>suspect&apos;s role in the process</comment>
        <translation>Perekrut atau perantara</translation>
    </message>
    <message>
        <source>Broker or travel agent</source>
        <comment>suspect&apos;s role in the process</comment>
        <translation>Calo atau agen perjalanan</translation>
    </message>
    <message>
        <source>Transferred the individual</source>
        <comment>suspect&apos;s role in the process</comment>
        <translation>Memindahkan orang tersebut</translation>
    </message>
    <message>
        <source>Harboured the individual</source>
        <comment>suspect&apos;s role in the process</comment>
        <translation>Menampung orang tersebut</translation>
    </message>
    <message>
        <source>Sold the individual</source>
        <comment>suspect&apos;s role in the process</comment>
        <translation>Menjual orang tersebut</translation>
    </message>
    <message>
        <source>Bought the individual</source>
        <comment>suspect&apos;s role in the process</comment>
        <translation>Membeli orang tersebut</translation>
    </message>
    <message>
        <source>Received the individual</source>
        <comment>suspect&apos;s role in the process</comment>
        <translation>Menerima orang tersebut</translation>
    </message>
    <message>
        <source>Controlled the individual</source>
        <comment>suspect&apos;s role in the process</comment>
        <translation>Mengendalikan orang tersebut</translation>
    </message>
    <message>
        <source>Smuggler</source>
        <comment>suspect&apos;s role in the process</comment>
        <translation>Penyelundup</translation>
    </message>
    <message>
        <source>Abuser</source>
        <comment>suspect&apos;s role in the process</comment>
        <translation>Pelaku kekerasan</translation>
    </message>
    <message>
        <source>Kidnapper</source>
        <comment>suspect&apos;s role in the process</comment>
        <translation>Penculik</translation>
    </message>
    <message>
        <source>Exploiter</source>
        <comment>suspect&apos;s role in the process</comment>
        <translation>Pelaku eksploitasi</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>suspect&apos;s role in the process</comment>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Not arrested</source>
        <comment>arrest status</comment>
        <translation>Tidak ditangkap</translation>
    </message>
    <message>
        <source>Wanted</source>
        <comment>arrest status</comment>
        <translation>Buron (DPO)</translation>
    </message>
    <message>
        <source>Arrested</source>
        <comment>arrest status</comment>
        <translation>Ditangkap</translation>
    </message>
    <message>
        <source>Detained</source>
        <comment>arrest status</comment>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>Released on bail</source>
        <comment>arrest status</comment>
        <translation>Penangguhan penahanan dengan jaminan</translation>
    </message>
    <message>
        <source>Released</source>
        <comment>arrest status</comment>
        <translation>Dibebaskan</translation>
    </message>
    <message>
        <source>Not charged</source>
        <comment>charge status</comment>
        <translation>Tidak didakwa</translation>
    </message>
    <message>
        <source>Under review</source>
        <comment>charge status</comment>
        <translation>Sedang ditelaah</translation>
    </message>
    <message>
        <source>Charged</source>
        <comment>charge status</comment>
        <translation>Didakwa</translation>
    </message>
    <message>
        <source>Charges dropped</source>
        <comment>charge status</comment>
        <translation>Dakwaan dicabut</translation>
    </message>
    <message>
        <source>Not prosecuted</source>
        <comment>prosecution status</comment>
        <translation>Tidak dituntut</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>prosecution status</comment>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>In court</source>
        <comment>prosecution status</comment>
        <translation>Dalam persidangan</translation>
    </message>
    <message>
        <source>Convicted</source>
        <comment>prosecution status</comment>
        <translation>Divonis bersalah</translation>
    </message>
    <message>
        <source>Acquitted</source>
        <comment>prosecution status</comment>
        <translation>Divonis bebas</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <comment>prosecution status</comment>
        <translation>Perkara dihentikan</translation>
    </message>
    <message>
        <source>On appeal</source>
        <comment>prosecution status</comment>
        <translation>Tahap banding</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>case status</comment>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Follow up</source>
        <comment>case status</comment>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>case status</comment>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Closed, referred</source>
        <comment>case status</comment>
        <translation>Ditutup, dirujuk</translation>
    </message>
    <message>
        <source>Reported</source>
        <comment>case status</comment>
        <translation>Dilaporkan</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <comment>case status</comment>
        <translation>Dalam penyidikan</translation>
    </message>
    <message>
        <source>Referred for prosecution</source>
        <comment>case status</comment>
        <translation>Dilimpahkan ke penuntut umum</translation>
    </message>
    <message>
        <source>In court</source>
        <comment>case status</comment>
        <translation>Dalam persidangan</translation>
    </message>
    <message>
        <source>Additional services required</source>
        <comment>reason for a case referral</comment>
        <translation>Layanan tambahan yang diperlukan</translation>
    </message>
    <message>
        <source>Migration or change of location</source>
        <comment>reason for a case referral</comment>
        <translation>Migrasi atau pindah lokasi</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>reason for a case referral</comment>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <comment>journey event</comment>
        <translation>Perekrutan</translation>
    </message>
    <message>
        <source>Transit</source>
        <comment>journey event</comment>
        <translation>Transit</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <comment>journey event</comment>
        <translation>Eksploitasi</translation>
    </message>
    <message>
        <source>Return</source>
        <comment>journey event</comment>
        <translation>Kepulangan</translation>
    </message>
    <message>
        <source>Air</source>
        <comment>means of travel</comment>
        <translation>Udara</translation>
    </message>
    <message>
        <source>Bus</source>
        <comment>means of travel</comment>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Car</source>
        <comment>means of travel</comment>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Boat or ship</source>
        <comment>means of travel</comment>
        <translation>Perahu atau kapal</translation>
    </message>
    <message>
        <source>Train</source>
        <comment>means of travel</comment>
        <translation>Kereta api</translation>
    </message>
    <message>
        <source>On foot</source>
        <comment>means of travel</comment>
        <translation>Berjalan kaki</translation>
    </message>
    <message>
        <source>Motorcycle</source>
        <comment>means of travel</comment>
        <translation>Sepeda motor</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>means of travel</comment>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Education</source>
        <comment>support service</comment>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Financial support</source>
        <comment>support service</comment>
        <translation>Bantuan keuangan</translation>
    </message>
    <message>
        <source>Financial</source>
        <comment>support service, short form</comment>
        <translation>Keuangan</translation>
    </message>
    <message>
        <source>Health</source>
        <comment>support service</comment>
        <translation>Kesehatan</translation>
    </message>
    <message>
        <source>Labour exploitation rehabilitation</source>
        <comment>support service</comment>
        <translation>Rehabilitasi korban eksploitasi kerja</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <comment>support service</comment>
        <translation>Bantuan hukum</translation>
    </message>
    <message>
        <source>Legal</source>
        <comment>support service, short form</comment>
        <translation>Hukum</translation>
    </message>
    <message>
        <source>Livelihood</source>
        <comment>support service</comment>
        <translation>Mata pencaharian</translation>
    </message>
    <message>
        <source>Rights-based training</source>
        <comment>support service</comment>
        <translation>Pelatihan berbasis hak</translation>
    </message>
    <message>
        <source>Sexual exploitation rehabilitation</source>
        <comment>support service</comment>
        <translation>Rehabilitasi korban eksploitasi seksual</translation>
    </message>
    <message>
        <source>Social care</source>
        <comment>support service</comment>
        <translation>Pelayanan sosial</translation>
    </message>
    <message>
        <source>Shelter</source>
        <comment>support service</comment>
        <translation>Rumah aman</translation>
    </message>
    <message>
        <source>Medical care</source>
        <comment>support service</comment>
        <translation>Perawatan medis</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <comment>support service</comment>
        <translation>Dukungan psikososial</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <comment>support service</comment>
        <translation>Juru bahasa</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <comment>support service</comment>
        <translation>Repatriasi</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <comment>support service</comment>
        <translation>Reintegrasi</translation>
    </message>
    <message>
        <source>Requested</source>
        <comment>referral status</comment>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>referral status</comment>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>referral status</comment>
        <translation>Sedang berjalan</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>referral status</comment>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>referral status</comment>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>referral status</comment>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>H0 – no restriction</source>
        <comment>handling code</comment>
        <translation>H0 – tanpa pembatasan</translation>
    </message>
    <message>
        <source>H1 – no further dissemination without permission</source>
        <comment>handling code</comment>
        <translation>H1 – tidak boleh disebarkan lebih lanjut tanpa izin</translation>
    </message>
    <message>
        <source>H2 – law enforcement only, originator&apos;s permission to share further</source>
        <comment>handling code</comment>
        <translation>H2 – hanya untuk penegak hukum, perlu izin instansi asal untuk dibagikan lebih lanjut</translation>
    </message>
    <message>
        <source>H3 – originator only, no dissemination</source>
        <comment>handling code</comment>
        <translation>H3 – hanya untuk instansi asal, tidak boleh disebarkan</translation>
    </message>
    <message>
        <source>Victim</source>
        <comment>person role</comment>
        <translation>Korban</translation>
    </message>
    <message>
        <source>Suspect</source>
        <comment>person role</comment>
        <translation>Tersangka</translation>
    </message>
    <message>
        <source>Witness</source>
        <comment>person role</comment>
        <translation>Saksi</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>person role</comment>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>identifier type</comment>
        <translation>Paspor</translation>
    </message>
    <message>
        <source>National identity number</source>
        <comment>identifier type</comment>
        <translation>Nomor identitas nasional</translation>
    </message>
    <message>
        <source>Phone number</source>
        <comment>identifier type</comment>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>Email address</source>
        <comment>identifier type</comment>
        <translation>Alamat surel</translation>
    </message>
    <message>
        <source>Social media handle</source>
        <comment>identifier type</comment>
        <translation>Nama akun media sosial</translation>
    </message>
    <message>
        <source>Bank account</source>
        <comment>identifier type</comment>
        <translation>Rekening bank</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet</source>
        <comment>identifier type</comment>
        <translation>Dompet kripto</translation>
    </message>
    <message>
        <source>Vehicle registration plate</source>
        <comment>identifier type</comment>
        <translation>Pelat nomor kendaraan</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <comment>identifier type</comment>
        <translation>Surat izin mengemudi</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>identifier type</comment>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Recruited</source>
        <comment>relationship type</comment>
        <translation>Merekrut</translation>
    </message>
    <message>
        <source>Transported</source>
        <comment>relationship type</comment>
        <translation>Mengangkut</translation>
    </message>
    <message>
        <source>Harboured</source>
        <comment>relationship type</comment>
        <translation>Menampung</translation>
    </message>
    <message>
        <source>Employed</source>
        <comment>relationship type</comment>
        <translation>Mempekerjakan</translation>
    </message>
    <message>
        <source>Controlled</source>
        <comment>relationship type</comment>
        <translation>Mengendalikan</translation>
    </message>
    <message>
        <source>Exploited</source>
        <comment>relationship type</comment>
        <translation>Mengeksploitasi</translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>relationship type</comment>
        <translation>Membayar</translation>
    </message>
    <message>
        <source>Family member</source>
        <comment>relationship type</comment>
        <translation>Anggota keluarga</translation>
    </message>
    <message>
        <source>Associate</source>
        <comment>relationship type</comment>
        <translation>Rekan</translation>
    </message>
    <message>
        <source>Owns</source>
        <comment>relationship type</comment>
        <translation>Memiliki</translation>
    </message>
    <message>
        <source>Manages</source>
        <comment>relationship type</comment>
        <translation>Mengelola</translation>
    </message>
    <message>
        <source>Works for</source>
        <comment>relationship type</comment>
        <translation>Bekerja untuk</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>relationship type</comment>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>A – no doubt of authenticity, trustworthiness and competence; or a history of complete reliability</source>
        <comment>source grade</comment>
        <translation>A – tidak diragukan keaslian, keterpercayaan, dan kompetensinya; atau selama ini selalu andal</translation>
    </message>
    <message>
        <source>B – information from this source has in most instances proved reliable</source>
        <comment>source grade</comment>
        <translation>B – informasi dari sumber ini pada umumnya terbukti andal</translation>
    </message>
    <message>
        <source>C – information from this source has in most instances proved unreliable</source>
        <comment>source grade</comment>
        <translation>C – informasi dari sumber ini pada umumnya terbukti tidak andal</translation>
    </message>
    <message>
        <source>X – reliability cannot be assessed</source>
        <comment>source grade</comment>
        <translation>X – keandalan tidak dapat dinilai</translation>
    </message>
    <message>
        <source>1 – known to be true without reservation</source>
        <comment>information grade</comment>
        <translation>1 – diketahui benar tanpa keraguan</translation>
    </message>
    <message>
        <source>2 – known personally to the source but not to the official passing it on</source>
        <comment>information grade</comment>
        <translation>2 – diketahui langsung oleh sumber, tetapi tidak oleh petugas yang meneruskannya</translation>
    </message>
    <message>
        <source>3 – not known personally to the source but corroborated by information already recorded</source>
        <comment>information grade</comment>
        <translation>3 – tidak diketahui langsung oleh sumber, tetapi dikuatkan oleh informasi yang sudah tercatat</translation>
    </message>
    <message>
        <source>4 – not known personally to the source and cannot be corroborated</source>
        <comment>information grade</comment>
        <translation>4 – tidak diketahui langsung oleh sumber dan tidak dapat dikuatkan</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>timeline entry kind</comment>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>timeline entry kind</comment>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <source>Interview</source>
        <comment>timeline entry kind</comment>
        <translation>Wawancara</translation>
    </message>
    <message>
        <source>Operation</source>
        <comment>timeline entry kind</comment>
        <translation>Operasi</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <comment>timeline entry kind</comment>
        <translation>Sidang pengadilan</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>timeline entry kind</comment>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Source: %1
Information: %2</source>
        <extracomment>Tooltip of a 4x4 grade such as B2, one half per line: %1 explains the source grade, %2 the information grade.</extracomment>
        <translation>Sumber: %1
Informasi: %2</translation>
    </message>
</context>
<context>
    <name>lintas::ui::AccountForm</name>
    <message>
        <source>for example admin.sari</source>
        <translation>misalnya admin.sari</translation>
    </message>
    <message>
        <source>for example Sari Wulandari (shown in lists and the audit log)</source>
        <translation>misalnya Sari Wulandari (ditampilkan di daftar dan log audit)</translation>
    </message>
    <message>
        <source>At least 10 characters, and not the user name.</source>
        <translation>Paling sedikit 10 karakter, dan bukan nama pengguna.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nama &amp;tampilan:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Repeat pass&amp;word:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>An administrator manages users and settings but sees no case content.</source>
        <translation>Administrator mengelola pengguna dan pengaturan, tetapi tidak dapat melihat isi kasus.</translation>
    </message>
    <message>
        <source>Also works as:</source>
        <translation>Juga berperan sebagai:</translation>
    </message>
    <message>
        <source>This user name is taken. Choose another one.</source>
        <translation>Nama pengguna ini sudah dipakai. Pilih nama lain.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Masukkan nama pengguna.</translation>
    </message>
    <message>
        <source>Use 2 to 64 lower-case letters, digits, dots, hyphens or underscores.</source>
        <translation>Gunakan 2 sampai 64 huruf kecil, angka, titik, tanda hubung, atau garis bawah.</translation>
    </message>
    <message>
        <source>The name is too long or contains characters that are not allowed.</source>
        <translation>Nama terlalu panjang atau memuat karakter yang tidak diizinkan.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Masukkan kata sandi.</translation>
    </message>
    <message>
        <source>The password must have at least 10 characters and must not be the user name.</source>
        <translation>Kata sandi harus terdiri atas paling sedikit 10 karakter dan tidak boleh sama dengan nama pengguna.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Kedua kata sandi berbeda. Ketik kata sandi yang sama dua kali.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::AddPartnerDialog</name>
    <message>
        <source>Add partner certificate</source>
        <translation>Tambah sertifikat mitra</translation>
    </message>
    <message>
        <source>PEM or DER certificate file</source>
        <translation>Berkas sertifikat PEM atau DER</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Jelajahi…</translation>
    </message>
    <message>
        <source>e.g. DSI</source>
        <translation>misalnya DSI</translation>
    </message>
    <message>
        <source>(choose a country)</source>
        <translation>(pilih negara)</translation>
    </message>
    <message>
        <source>e.g. handed over at the liaison meeting in Bangkok</source>
        <translation>misalnya diserahkan pada pertemuan perwira penghubung di Bangkok</translation>
    </message>
    <message>
        <source>Certificate &amp;file:</source>
        <translation>&amp;Berkas sertifikat:</translation>
    </message>
    <message>
        <source>Agency &amp;code:</source>
        <translation>&amp;Kode instansi:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Negara:</translation>
    </message>
    <message>
        <source>Agency &amp;name:</source>
        <translation>N&amp;ama instansi:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Ca&amp;tatan:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Sidik jari SHA-256</translation>
    </message>
    <message>
        <source>I have confirmed this &amp;fingerprint with the partner</source>
        <translation>Saya telah mengonfirmasi &amp;sidik jari ini dengan mitra</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subjek:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Berlaku:</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Partner certificate</source>
        <translation>Sertifikat mitra</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Sertifikat (*.pem *.crt *.cer *.der);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The file “%1” could not be read.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>Berkas “%1” tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Before you trust this certificate, call %1 (%2) on a number you already know, or meet them, and ask them to read out the SHA-256 fingerprint of their certificate. Every pair must match exactly:</source>
        <extracomment>%1 is the partner agency&apos;s code, %2 its country.</extracomment>
        <translation>Sebelum memercayai sertifikat ini, hubungi %1 (%2) melalui nomor yang sudah Anda ketahui, atau temui mereka langsung, lalu minta mereka membacakan sidik jari SHA-256 sertifikat mereka. Setiap pasangan harus sama persis:</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <extracomment>Validity of a certificate; %1 and %2 are dates.</extracomment>
        <translation>dari %1 sampai %2</translation>
    </message>
</context>
<context>
    <name>lintas::ui::AddressTableModel</name>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Jalan</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Provinsi atau negara bagian</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kode pos</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
</context>
<context>
    <name>lintas::ui::AliasTableModel</name>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Aksara</translation>
    </message>
    <message>
        <source>Latin transliteration</source>
        <translation>Transliterasi Latin</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ApprovalModel</name>
    <message>
        <source>(former user)</source>
        <translation>(mantan pengguna)</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Status of an export approval: %1 when an export used it.</extracomment>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Used %1</source>
        <translation>Dipakai %1</translation>
    </message>
    <message>
        <source>Request digest (SHA-256): %1</source>
        <extracomment>Tooltip of the digest column; %1 is the full SHA-256 of the approved request.</extracomment>
        <translation>Hash permintaan (SHA-256): %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Request digest</source>
        <translation>Hash permintaan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ApprovalsPanel</name>
    <message>
        <source>An export whose strictest handling code is H2, or whose TLP is RED, leaves only with a supervisor&apos;s approval of exactly that request. Each approval is used up by the export it allows; nobody can use their own.</source>
        <translation>Ekspor yang kode penanganan paling ketatnya H2, atau yang TLP-nya RED, hanya dapat dikirim dengan persetujuan supervisor atas permintaan itu, persis seperti yang diajukan. Setiap persetujuan habis terpakai oleh ekspor yang diizinkannya; tidak seorang pun dapat memakai persetujuannya sendiri.</translation>
    </message>
    <message>
        <source>&amp;Approve an export…</source>
        <translation>&amp;Setujui ekspor…</translation>
    </message>
    <message>
        <source>Approve one export request a liaison officer will send</source>
        <translation>Setujui satu permintaan ekspor yang akan dikirim oleh petugas penghubung</translation>
    </message>
    <message>
        <source>Show &amp;used</source>
        <translation>Tampilkan yang &amp;terpakai</translation>
    </message>
    <message>
        <source>Export approved (approval %1).</source>
        <extracomment>Status bar message; %1 is the approval&apos;s number.</extracomment>
        <translation>Ekspor disetujui (persetujuan %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n pending approval(s)</source>
        <translation>
            <numerusform>%n persetujuan menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>No export has been approved yet.</source>
        <translation>Belum ada ekspor yang disetujui.</translation>
    </message>
    <message>
        <source>No approval is waiting for its export.</source>
        <translation>Tidak ada persetujuan yang menunggu ekspornya.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ApproveExportDialog</name>
    <message>
        <source>Approve an export</source>
        <translation>Setujui ekspor</translation>
    </message>
    <message>
        <source>An export under handling code H2 or TLP:RED leaves only with a supervisor&apos;s approval of exactly that request: the same cases, recipient certificate, profile and markings. The approval is used up by the export it allows, and only another user than you can use it.</source>
        <translation>Ekspor dengan kode penanganan H2 atau TLP:RED hanya dapat dikirim dengan persetujuan supervisor atas permintaan itu, persis seperti yang diajukan: kasus, sertifikat penerima, profil, dan penandaan yang sama. Persetujuan habis terpakai oleh ekspor yang diizinkannya, dan hanya pengguna selain Anda yang dapat memakainya.</translation>
    </message>
    <message>
        <source>Case references or UUIDs, separated by commas or spaces</source>
        <translation>Referensi atau UUID kasus, dipisahkan dengan koma atau spasi</translation>
    </message>
    <message>
        <source>Why it may go, e.g. the joint operation or the request it answers</source>
        <translation>Alasan ekspor ini boleh dikirim, misalnya operasi gabungan atau permintaan yang dijawabnya</translation>
    </message>
    <message>
        <source>&amp;Cases:</source>
        <translation>&amp;Kasus:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Penerima:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>P&amp;rofil:</translation>
    </message>
    <message>
        <source>&amp;TLP:</source>
        <translation>&amp;TLP:</translation>
    </message>
    <message>
        <source>&amp;Handling code:</source>
        <translation>K&amp;ode penanganan:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Request digest:</source>
        <translation>Hash permintaan:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Setujui</translation>
    </message>
    <message>
        <source>%1 — %2, %3 — %4</source>
        <extracomment>A recipient certificate: %1 agency name, %2 code, %3 country, %4 short fingerprint.</extracomment>
        <translation>%1 — %2, %3 — %4</translation>
    </message>
    <message>
        <source>No trusted partner certificate</source>
        <translation>Tidak ada sertifikat mitra tepercaya</translation>
    </message>
    <message>
        <source>%1 — %2 (TLP:%3, %4)</source>
        <extracomment>A case found for the approval: %1 reference, %2 title, %3 its TLP, %4 its handling code.</extracomment>
        <translation>%1 — %2 (TLP:%3, %4)</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <extracomment>%1 lists what the user typed that names no case.</extracomment>
        <translation>Tidak ditemukan: %1</translation>
    </message>
    <message>
        <source>(choose the cases and the recipient)</source>
        <translation>(pilih kasus dan penerima)</translation>
    </message>
</context>
<context>
    <name>lintas::ui::AttachmentsTab</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file name, %2 what went wrong.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>Attach files to this case; the store keeps one copy per content</source>
        <translation>Lampirkan berkas ke kasus ini; penyimpanan hanya menyimpan satu salinan untuk setiap isi yang sama</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Check the file against its SHA-256 and open a copy in its usual application</source>
        <translation>Periksa berkas dengan SHA-256-nya, lalu buka salinannya di aplikasi yang biasa digunakan</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>Check the file against its SHA-256 and save a copy</source>
        <translation>Periksa berkas dengan SHA-256-nya, lalu simpan salinannya</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>SHA-256 of the content; compare with sha256sum</source>
        <translation>SHA-256 dari isi berkas; bandingkan dengan sha256sum</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>No files attached yet.</source>
        <translation>Belum ada berkas yang dilampirkan.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · added %4</source>
        <extracomment>Details of an attachment: %1 name, %2 media type, %3 exact size, %4 when added.</extracomment>
        <translation>%1 · %2 · %3 · ditambahkan %4</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Lampirkan berkas</translation>
    </message>
    <message>
        <source>These files were not attached:</source>
        <translation>Berkas berikut tidak dilampirkan:</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Buka lampiran</translation>
    </message>
    <message>
        <source>No application is set up to open “%1”. Use Export… to save a copy instead.</source>
        <translation>Tidak ada aplikasi yang diatur untuk membuka “%1”. Gunakan Ekspor… untuk menyimpan salinannya.</translation>
    </message>
    <message>
        <source>Export attachment</source>
        <translation>Ekspor lampiran</translation>
    </message>
</context>
<context>
    <name>lintas::ui::AuditModel</name>
    <message>
        <source>(system)</source>
        <extracomment>Shown as the user of an audit entry written by Lintas itself (a migration).</extracomment>
        <translation>(sistem)</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column of the audit log: the entry&apos;s sequence number.</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Every sign-in, change, export and every reading of a victim&apos;s identifying details, in order. Each entry holds the fingerprint of the one before, so an entry edited, removed or moved breaks the chain.</source>
        <translation>Setiap proses masuk, perubahan, ekspor, dan pembacaan data identitas korban, secara berurutan. Setiap entri menyimpan sidik jari entri sebelumnya, sehingga entri yang disunting, dihapus, atau dipindahkan akan memutus rantai.</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>semua pengguna</translation>
    </message>
    <message>
        <source>record ID (UUID)</source>
        <translation>ID data (UUID)</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Hapus filter</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Pengguna:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>D&amp;ata:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Tindakan:</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verifikasi rantai</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s fingerprint and its link to the one before</source>
        <translation>Hitung ulang sidik jari setiap entri dan tautannya ke entri sebelumnya</translation>
    </message>
    <message>
        <source>Verify against c&amp;heckpoint…</source>
        <translation>Verifikasi dengan titik peri&amp;ksa…</translation>
    </message>
    <message>
        <source>Also check that the log still reaches a checkpoint kept outside this computer</source>
        <translation>Periksa juga bahwa log masih tersambung ke titik periksa yang disimpan di luar komputer ini</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>Write the whole log to a JSON Lines file for an external archive</source>
        <translation>Tulis seluruh log ke berkas JSON Lines untuk arsip eksternal</translation>
    </message>
    <message>
        <source>Take &amp;checkpoint…</source>
        <translation>&amp;Buat titik periksa…</translation>
    </message>
    <message>
        <source>The fingerprint of the log&apos;s last entry, to keep outside this computer</source>
        <translation>Sidik jari entri terakhir log, untuk disimpan di luar komputer ini</translation>
    </message>
    <message numerus="yes">
        <source>%n entries match.</source>
        <translation>
            <numerusform>%n entri cocok.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify against a checkpoint</source>
        <translation>Verifikasi dengan titik periksa</translation>
    </message>
    <message>
        <source>Paste the checkpoint line (it begins with LINTAS-AUDIT-CHECKPOINT):</source>
        <translation>Tempel baris titik periksa (diawali dengan LINTAS-AUDIT-CHECKPOINT):</translation>
    </message>
    <message>
        <source>This is not a Lintas audit checkpoint, or part of it is missing or mistyped.</source>
        <translation>Ini bukan titik periksa audit Lintas, atau sebagian isinya hilang atau salah ketik.</translation>
    </message>
    <message>
        <source>This checkpoint belongs to another agency&apos;s audit log.</source>
        <translation>Titik periksa ini milik log audit instansi lain.</translation>
    </message>
    <message>
        <source>Checked against the checkpoint of entry %1, taken %2.</source>
        <extracomment>%1 is the number of the entry a checkpoint names, %2 when it was taken.</extracomment>
        <translation>Diperiksa terhadap titik periksa entri %1, yang dibuat pada %2.</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n entries verified. Last entry&apos;s fingerprint: %1</source>
        <extracomment>%1 is a SHA-256 hash in hexadecimal. %n counts the audit entries.</extracomment>
        <translation>
            <numerusform>Rantai utuh: %n entri terverifikasi. Sidik jari entri terakhir: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain is broken at entry %1 (%2). The %n entries before it verify; the log was altered after them. Keep this database as it is and tell your supervisor.</source>
        <extracomment>%1 is the number of the first audit entry that fails the check, %2 core&apos;s technical reason (English). %n counts the entries before it that verified.</extracomment>
        <translation>
            <numerusform>Rantai terputus pada entri %1 (%2). %n entri sebelumnya lolos verifikasi; log telah diubah setelah entri-entri tersebut. Biarkan basis data ini apa adanya dan beri tahu supervisor Anda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit chain intact.</source>
        <translation>Rantai audit utuh.</translation>
    </message>
    <message>
        <source>Audit chain broken.</source>
        <translation>Rantai audit terputus.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Ekspor log audit</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Audit log exported to “%1” (up to entry %2).</source>
        <extracomment>%1 is a file path; %2 the number of the last exported entry.</extracomment>
        <translation>Log audit diekspor ke “%1” (sampai entri %2).</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseAttachmentModel</name>
    <message>
        <source>SHA-256 of the content; compare with sha256sum</source>
        <translation>SHA-256 dari isi berkas; bandingkan dengan sha256sum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Jenis media</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ditambahkan oleh</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save the case (Ctrl+S)</source>
        <translation>Simpan kasus (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referensi:</translation>
    </message>
    <message>
        <source>A short description, for example “Online job scam, Sihanoukville”</source>
        <translation>Uraian singkat, misalnya “Penipuan lowongan kerja daring, Sihanoukville”</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>Di&amp;buka pada:</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>Di&amp;tutup pada:</translation>
    </message>
    <message>
        <source>Reason for c&amp;losure:</source>
        <translation>Alasan pen&amp;utupan:</translation>
    </message>
    <message>
        <source>User name of the investigator in charge</source>
        <translation>Nama pengguna penyidik yang bertanggung jawab</translation>
    </message>
    <message>
        <source>Case o&amp;wner:</source>
        <translation>&amp;Pemilik kasus:</translation>
    </message>
    <message>
        <source>Markings</source>
        <translation>Penandaan</translation>
    </message>
    <message>
        <source>Traffic Light Protocol: who may see this case</source>
        <translation>Traffic Light Protocol: siapa yang boleh melihat kasus ini</translation>
    </message>
    <message>
        <source>TL&amp;P:</source>
        <translation>TL&amp;P:</translation>
    </message>
    <message>
        <source>Handling code: what recipients may do with this case</source>
        <translation>Kode penanganan: apa yang boleh dilakukan penerima terhadap kasus ini</translation>
    </message>
    <message>
        <source>&amp;Handling code:</source>
        <translation>&amp;Kode penanganan:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>What happened, who is involved, what is being done</source>
        <translation>Apa yang terjadi, siapa yang terlibat, apa yang sedang dilakukan</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>Forms of exploitation</source>
        <translation>Bentuk eksploitasi</translation>
    </message>
    <message>
        <source>Forms of &amp;exploitation:</source>
        <translation>Bentuk &amp;eksploitasi:</translation>
    </message>
    <message>
        <source>Co&amp;untries involved:</source>
        <translation>&amp;Negara terkait:</translation>
    </message>
    <message>
        <source>Incoming referral</source>
        <translation>Rujukan masuk</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>Dirujuk oleh:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>Case worker:</source>
        <translation>Petugas kasus:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Rincian:</translation>
    </message>
    <message>
        <source>Outgoing referral</source>
        <translation>Rujukan keluar</translation>
    </message>
    <message>
        <source>Referred to:</source>
        <translation>Dirujuk ke:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(belum diisi)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Assigned when the case is first saved</source>
        <translation>Diberikan saat kasus pertama kali disimpan</translation>
    </message>
    <message>
        <source>Leave empty to have Lintas number the case</source>
        <translation>Kosongkan agar Lintas memberi nomor kasus secara otomatis</translation>
    </message>
    <message>
        <source>The reference identifies the case and cannot be changed</source>
        <translation>Referensi ini mengidentifikasi kasus dan tidak dapat diubah</translation>
    </message>
    <message>
        <source>Correct the field marked below to save</source>
        <translation>Perbaiki isian yang ditandai di bawah ini agar dapat disimpan</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <extracomment>%1 is what would be undone, e.g. &quot;Change Title&quot;.</extracomment>
        <translation>Urungkan %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Urungkan (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Ulangi %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Ulangi (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>New case, not saved yet</source>
        <translation>Kasus baru, belum disimpan</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Semua perubahan tersimpan</translation>
    </message>
    <message>
        <source>Case %1 saved.</source>
        <extracomment>%1 is a case reference such as IDN-BARESKRIM-2026-000042.</extracomment>
        <translation>Kasus %1 disimpan.</translation>
    </message>
    <message>
        <source>Case %1 reloaded; your changes were discarded.</source>
        <translation>Kasus %1 dimuat ulang; perubahan Anda dibuang.</translation>
    </message>
    <message>
        <source>Case %1 saved over the other change.</source>
        <translation>Kasus %1 disimpan dan menimpa perubahan pengguna lain.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this case after you opened it. Your changes are still here.</source>
        <translation>Tidak disimpan: pengguna lain mengubah kasus ini setelah Anda membukanya. Perubahan Anda masih ada di sini.</translation>
    </message>
    <message>
        <source>Case changed by someone else</source>
        <translation>Kasus diubah oleh pengguna lain</translation>
    </message>
    <message>
        <source>Someone else saved case %1 after you opened it.</source>
        <translation>Pengguna lain menyimpan kasus %1 setelah Anda membukanya.</translation>
    </message>
    <message>
        <source>They changed: %1.</source>
        <extracomment>%1 is a list of field names.</extracomment>
        <translation>Mereka mengubah: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>You changed: %1.</source>
        <translation>Anda mengubah: %1.</translation>
    </message>
    <message>
        <source>“Reload theirs” discards your changes. “Overwrite with mine” saves every field as shown here, replacing their changes.</source>
        <translation>“Muat ulang versi mereka” membuang perubahan Anda. “Timpa dengan versi saya” menyimpan setiap isian seperti yang ditampilkan di sini, menggantikan perubahan mereka.</translation>
    </message>
    <message>
        <source>Reload theirs (discard mine)</source>
        <translation>Muat ulang versi mereka (buang versi saya)</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>Timpa dengan versi saya</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseFilterBar</name>
    <message>
        <source>Search reference, title and summary…</source>
        <translation>Cari referensi, judul, dan ringkasan…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Cari kasus</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any TLP</source>
        <translation>Semua TLP</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Any form of exploitation</source>
        <translation>Semua bentuk eksploitasi</translation>
    </message>
    <message>
        <source>Form of exploitation</source>
        <translation>Bentuk eksploitasi</translation>
    </message>
    <message>
        <source>Country involved</source>
        <translation>Negara terkait</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Semua negara</translation>
    </message>
    <message>
        <source>Owner (user name)</source>
        <translation>Pemilik (nama pengguna)</translation>
    </message>
    <message>
        <source>Case owner</source>
        <translation>Pemilik kasus</translation>
    </message>
    <message>
        <source>Opened on or after</source>
        <translation>Dibuka pada atau setelah</translation>
    </message>
    <message>
        <source>Opened on or before</source>
        <translation>Dibuka pada atau sebelum</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Dibuka:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Not a date: write YYYY-MM-DD. This filter is not applied yet.</source>
        <translation>Bukan tanggal: tulis YYYY-MM-DD. Filter ini belum diterapkan.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseLinkModel</name>
    <message>
        <source>Local case</source>
        <translation>Kasus lokal</translation>
    </message>
    <message>
        <source>Foreign case</source>
        <translation>Kasus luar negeri</translation>
    </message>
    <message>
        <source>Double-click to open the case</source>
        <translation>Klik dua kali untuk membuka kasus</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Their agency</source>
        <translation>Instansi mereka</translation>
    </message>
    <message>
        <source>Their country</source>
        <translation>Negara mereka</translation>
    </message>
    <message>
        <source>Our contact</source>
        <translation>Kontak kami</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Penanganan</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Korban</translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation>Tersangka</translation>
    </message>
    <message>
        <source>Handling code (H0–H3): who may receive the case. Cannot be sorted.</source>
        <translation>Kode penanganan (H0–H3): siapa yang boleh menerima kasus ini. Tidak dapat diurutkan.</translation>
    </message>
    <message>
        <source>Number of victims in the case. Cannot be sorted.</source>
        <translation>Jumlah korban dalam kasus. Tidak dapat diurutkan.</translation>
    </message>
    <message>
        <source>Number of suspects in the case. Cannot be sorted.</source>
        <translation>Jumlah tersangka dalam kasus. Tidak dapat diurutkan.</translation>
    </message>
    <message>
        <source>Last change, in this computer&apos;s time zone</source>
        <translation>Perubahan terakhir, menurut zona waktu komputer ini</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseNoteModel</name>
    <message>
        <source>%1 (UTC)</source>
        <extracomment>%1 is the stored UTC timestamp.</extracomment>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CasePartyModel</name>
    <message>
        <source>Double-click to open the person</source>
        <translation>Klik dua kali untuk membuka data orang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Role details</source>
        <translation>Rincian peran</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseReferralModel</name>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Past its due date (%1) and not finished</source>
        <extracomment>%1 is the due date.</extracomment>
        <translation>Melewati tenggat (%1) dan belum selesai</translation>
    </message>
    <message>
        <source>Requested %1</source>
        <extracomment>Tooltip of a referral&apos;s status: %1 the time it was requested.</extracomment>
        <translation>Diajukan %1</translation>
    </message>
    <message>
        <source>Accepted %1</source>
        <translation>Diterima %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Dimulai %1</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>Selesai %1</translation>
    </message>
    <message>
        <source>Declined %1</source>
        <translation>Ditolak %1</translation>
    </message>
    <message>
        <source>Cancelled %1</source>
        <translation>Dibatalkan %1</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Korban</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Penyedia layanan</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseReferralsTab</name>
    <message>
        <source>&amp;New referral…</source>
        <translation>Rujukan &amp;baru…</translation>
    </message>
    <message>
        <source>Move the selected referral to “%1”</source>
        <extracomment>Tooltip of a lifecycle button; %1 is the referral status it moves to.</extracomment>
        <translation>Pindahkan rujukan yang dipilih ke “%1”</translation>
    </message>
    <message>
        <source>Referrals of this case</source>
        <translation>Rujukan dalam kasus ini</translation>
    </message>
    <message>
        <source>Add a victim to the case first (People tab)</source>
        <translation>Tambahkan korban ke kasus ini terlebih dahulu (tab Orang)</translation>
    </message>
    <message>
        <source>This referral is finished: no further steps.</source>
        <translation>Rujukan ini sudah selesai: tidak ada langkah lanjutan.</translation>
    </message>
    <message>
        <source>Next step:</source>
        <extracomment>Before the buttons that move the selected referral on (Accept, Start, …).</extracomment>
        <translation>Langkah berikutnya:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>History: %1</source>
        <extracomment>%1 is the list of lifecycle steps of the selected referral.</extracomment>
        <translation>Riwayat: %1</translation>
    </message>
    <message>
        <source>Mark the selected referral as “%1”? This ends its lifecycle and cannot be undone.</source>
        <extracomment>%1 is the final referral status, e.g. Completed.</extracomment>
        <translation>Tandai rujukan yang dipilih sebagai “%1”? Tindakan ini mengakhiri siklus rujukan dan tidak dapat diurungkan.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rujukan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseRelationshipModel</name>
    <message>
        <source>Person — double-click to open</source>
        <translation>Orang — klik dua kali untuk membuka</translation>
    </message>
    <message>
        <source>Organisation — double-click to open</source>
        <translation>Organisasi — klik dua kali untuk membuka</translation>
    </message>
    <message>
        <source>Source reliability (A, B, C, X) and information credibility (1–4)</source>
        <translation>Keandalan sumber (A, B, C, X) dan kredibilitas informasi (1–4)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ke</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CaseWorkspace</name>
    <message>
        <source>No case is open.
Choose a case in the list, or create a new one with “New case”.</source>
        <translation>Belum ada kasus yang dibuka.
Pilih kasus dari daftar, atau buat kasus baru dengan “Kasus baru”.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Perjalanan</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>The case could not be opened. %1</source>
        <translation>Kasus tidak dapat dibuka. %1</translation>
    </message>
    <message>
        <source>The case could not be read again. %1</source>
        <translation>Kasus tidak dapat dibaca ulang. %1</translation>
    </message>
    <message>
        <source>Save the case first</source>
        <translation>Simpan kasus terlebih dahulu</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Kasus baru</translation>
    </message>
    <message>
        <source>New case “%1”</source>
        <translation>Kasus baru “%1”</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <extracomment>%1 is a case reference, %2 its title.</extracomment>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>The case %1 has changes that are not saved.</source>
        <translation>Kasus %1 memiliki perubahan yang belum disimpan.</translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation>Simpan perubahan sebelum melanjutkan?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(belum ada judul)</translation>
    </message>
    <message>
        <source>· %1</source>
        <extracomment>The case status in the banner; %1 is e.g. &quot;Under investigation&quot;.</extracomment>
        <translation>· %1</translation>
    </message>
    <message>
        <source>· unsaved changes</source>
        <translation>· perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Handling: %1</source>
        <extracomment>%1 is a handling code with its meaning, e.g. &quot;H2 – law enforcement only, …&quot;.</extracomment>
        <translation>Penanganan: %1</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CasesPage</name>
    <message>
        <source>New case</source>
        <translation>Kasus baru</translation>
    </message>
    <message>
        <source>Start a new case in the editor</source>
        <translation>Mulai kasus baru di penyunting</translation>
    </message>
    <message>
        <source>The case list could not be read. %1</source>
        <translation>Daftar kasus tidak dapat dibaca. %1</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Atur ulang kolom</translation>
    </message>
    <message>
        <source>The list cannot be sorted by “%1”.</source>
        <translation>Daftar tidak dapat diurutkan menurut “%1”.</translation>
    </message>
    <message>
        <source>1 case</source>
        <extracomment>The number of cases matching the filters; %L1 is the number (more than one).</extracomment>
        <translation>1 kasus</translation>
    </message>
    <message>
        <source>%L1 cases</source>
        <translation>%L1 kasus</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>Tidak ada kasus yang sesuai dengan filter ini.</translation>
    </message>
    <message>
        <source>There are no cases yet. Create one with “New case”.</source>
        <translation>Belum ada kasus. Buat kasus dengan “Kasus baru”.</translation>
    </message>
    <message>
        <source>The case was saved. It does not match the list&apos;s filters, so the list does not show it.</source>
        <translation>Kasus telah disimpan. Kasus ini tidak sesuai dengan filter daftar, sehingga tidak ditampilkan di daftar.</translation>
    </message>
    <message>
        <source>&amp;Export to partner…</source>
        <translation>&amp;Ekspor ke mitra…</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Ubah kata sandi</translation>
    </message>
    <message>
        <source>Change the password of %1. Other users&apos; passwords stay as they are.</source>
        <extracomment>%1 is the signed-in user&apos;s sign-in name.</extracomment>
        <translation>Ubah kata sandi %1. Kata sandi pengguna lain tetap seperti semula.</translation>
    </message>
    <message>
        <source>At least 10 characters, and not the user name.</source>
        <translation>Paling sedikit 10 karakter, dan bukan nama pengguna.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Kata sandi &amp;saat ini:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>U&amp;langi kata sandi baru:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Ubah kata sandi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Masukkan kata sandi Anda saat ini.</translation>
    </message>
    <message>
        <source>The password must have at least 10 characters and must not be the user name.</source>
        <translation>Kata sandi harus terdiri atas paling sedikit 10 karakter dan tidak boleh sama dengan nama pengguna.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Kedua kata sandi tidak sama. Ketik kata sandi yang sama dua kali.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>Ini bukan kata sandi Anda saat ini.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CheckpointDialog</name>
    <message>
        <source>Audit checkpoint</source>
        <translation>Titik periksa audit</translation>
    </message>
    <message>
        <source>The audit log up to entry %1, as of %2. Keep this line outside this computer: send it to your supervisor or store it with the case files. Later, “Verify against checkpoint…” on the Audit log page shows whether entries were removed from the end of the log.</source>
        <extracomment>%1 is the number of the last audit entry, %2 a date and time.</extracomment>
        <translation>Log audit sampai entri %1, per %2. Simpan baris ini di luar komputer ini: kirimkan kepada supervisor Anda atau simpan bersama berkas kasus. Nantinya, “Verifikasi dengan titik periksa…” di halaman Log audit menunjukkan apakah ada entri yang dihapus dari akhir log.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>Si&amp;mpan…</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Disalin ke papan klip.</translation>
    </message>
    <message>
        <source>Save the checkpoint</source>
        <translation>Simpan titik periksa</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Berkas teks (*.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The file “%1” could not be written.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>Berkas “%1” tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Saved to “%1”.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>Disimpan ke “%1”.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CodeListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Hapus entri yang dipilih</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move the selected entry up: the first one is the primary one</source>
        <translation>Pindahkan entri yang dipilih ke atas: entri pertama adalah entri utama</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ConflictModel</name>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An import conflict&apos;s record: %1 its kind (Case, Person…), %2 its reference or name.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Belum diputuskan</translation>
    </message>
    <message>
        <source>Kept ours</source>
        <translation>Nilai kami dipertahankan</translation>
    </message>
    <message>
        <source>Took theirs</source>
        <translation>Nilai mitra diambil</translation>
    </message>
    <message>
        <source>Decided on %1</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>Diputuskan pada %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Ours</source>
        <extracomment>Column: the value held in this database.</extracomment>
        <translation>Nilai kami</translation>
    </message>
    <message>
        <source>Theirs</source>
        <extracomment>Column: the value the partner sent.</extracomment>
        <translation>Nilai mitra</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ConflictsPanel</name>
    <message>
        <source>A partner sent a newer version of a record that was also changed here. For each field, keep the value held here or take the partner&apos;s. The record&apos;s other fields were updated already.</source>
        <translation>Mitra mengirim versi yang lebih baru dari data yang juga diubah di sini. Untuk setiap isian, pertahankan nilai yang tersimpan di sini atau ambil nilai dari mitra. Isian lain pada data tersebut sudah diperbarui.</translation>
    </message>
    <message>
        <source>&amp;Keep ours</source>
        <translation>&amp;Pertahankan nilai kami</translation>
    </message>
    <message>
        <source>Keep the value held here for the selected conflicts</source>
        <translation>Pertahankan nilai yang tersimpan di sini untuk konflik yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Ambil nilai mitra</translation>
    </message>
    <message>
        <source>Write the partner&apos;s value for the selected conflicts</source>
        <translation>Simpan nilai dari mitra untuk konflik yang dipilih</translation>
    </message>
    <message>
        <source>Open &amp;record</source>
        <translation>Buka &amp;data</translation>
    </message>
    <message>
        <source>Show &amp;decided</source>
        <translation>Tampilkan yang sudah &amp;diputuskan</translation>
    </message>
    <message>
        <source>No open conflicts: every imported change has been applied or decided.</source>
        <translation>Tidak ada konflik yang belum diputuskan: setiap perubahan hasil impor telah diterapkan atau diputuskan.</translation>
    </message>
    <message>
        <source>A conflict could not be decided. %1</source>
        <translation>Konflik tidak dapat diputuskan. %1</translation>
    </message>
    <message numerus="yes">
        <source>Kept our value for %n conflict(s).</source>
        <translation>
            <numerusform>Nilai kami dipertahankan untuk %n konflik.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the partner&apos;s value for %n conflict(s).</source>
        <translation>
            <numerusform>Nilai mitra diambil untuk %n konflik.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n konflik belum diputuskan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lintas::ui::CountryListEdit</name>
    <message>
        <source>Countries involved</source>
        <translation>Negara terkait</translation>
    </message>
    <message>
        <source>Add a country: type its name or code</source>
        <translation>Tambah negara: ketik nama atau kodenya</translation>
    </message>
    <message>
        <source>Country to add</source>
        <translation>Negara yang akan ditambahkan</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Add the chosen country</source>
        <translation>Tambahkan negara yang dipilih</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove the selected countries (Delete)</source>
        <translation>Hapus negara yang dipilih (Delete)</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CountryMatrixModel</name>
    <message>
        <source>Citizens of %1 exploited in %2: %3 victims</source>
        <extracomment>Heat-map cell. %1 is where the victims are citizens (&quot;Indonesia (IDN)&quot;), %2 where they were exploited, %3 how many victims.</extracomment>
        <translation>Warga negara %1 yang dieksploitasi di %2: %3 korban</translation>
    </message>
    <message>
        <source>Citizens of %1</source>
        <translation>Warga negara %1</translation>
    </message>
    <message>
        <source>Exploited in %1</source>
        <translation>Dieksploitasi di %1</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>Heat-map row or column summing the less frequent countries; keep it short.</extracomment>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>Heat-map row: victims whose citizenship is not recorded; keep it short.</extracomment>
        <translation>Tidak dicatat</translation>
    </message>
    <message>
        <source>other countries</source>
        <translation>negara lain</translation>
    </message>
    <message>
        <source>a country not recorded</source>
        <translation>negara tidak tercatat</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CountryModel</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A country in a picker: %1 is the ISO alpha-3 code, %2 the English name.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A country on its own: %1 is the English name, %2 the ISO alpha-3 code.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>lintas::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Segarkan</translation>
    </message>
    <message>
        <source>Count everything again from the database (F5)</source>
        <translation>Hitung ulang semuanya dari basis data (F5)</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Kasus menurut status</translation>
    </message>
    <message>
        <source>Victims by form of exploitation</source>
        <translation>Korban menurut bentuk eksploitasi</translation>
    </message>
    <message>
        <source>New cases per month</source>
        <translation>Kasus baru per bulan</translation>
    </message>
    <message>
        <source>Victims by citizenship and country of exploitation</source>
        <translation>Korban menurut kewarganegaraan dan negara eksploitasi</translation>
    </message>
    <message>
        <source>Referrals by state</source>
        <translation>Rujukan menurut status</translation>
    </message>
    <message>
        <source>Overdue referrals by service</source>
        <translation>Rujukan terlambat menurut layanan</translation>
    </message>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation>Dasbor tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <source>Dashboard updated in %1 ms</source>
        <translation>Dasbor diperbarui dalam %1 ms</translation>
    </message>
    <message>
        <source>As of %1: %2 cases, %3 overdue referrals</source>
        <extracomment>Dashboard header. %1 is a date, %2 a number of cases, %3 a number of overdue referrals.</extracomment>
        <translation>Per %1: %2 kasus, %3 rujukan terlambat</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>All %1 cases. Click a bar to list them.</source>
        <extracomment>%1 is the number of cases in the database.</extracomment>
        <translation>Seluruh %1 kasus. Klik batang untuk menampilkan daftarnya.</translation>
    </message>
    <message>
        <source>No cases recorded yet.</source>
        <translation>Belum ada kasus yang dicatat.</translation>
    </message>
    <message>
        <source>%1: %2 cases</source>
        <extracomment>Tooltip on a bar. %1 is a case status, %2 a number of cases.</extracomment>
        <translation>%1: %2 kasus</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Korban</translation>
    </message>
    <message>
        <source>Victims per form recorded in their profiles; one victim may count under several forms. Click a bar to list the cases with that form.</source>
        <translation>Jumlah korban per bentuk eksploitasi yang dicatat dalam profilnya; satu korban dapat terhitung dalam beberapa bentuk. Klik batang untuk menampilkan daftar kasus dengan bentuk tersebut.</translation>
    </message>
    <message>
        <source>No victim profile records a form of exploitation yet.</source>
        <translation>Belum ada profil korban yang mencatat bentuk eksploitasi.</translation>
    </message>
    <message>
        <source>%1: %2 victims</source>
        <extracomment>Tooltip on a bar. %1 is a form of exploitation, %2 a number of victims.</extracomment>
        <translation>%1: %2 korban</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>Kasus baru</translation>
    </message>
    <message>
        <source>%1 cases opened from %2 to %3, by the date they were opened. Click a bar to list that month&apos;s cases.</source>
        <extracomment>%1 is a number of cases, %2 and %3 are months (&quot;April 2024&quot;).</extracomment>
        <translation>%1 kasus dibuka dari %2 sampai %3, menurut tanggal dibukanya. Klik batang untuk menampilkan daftar kasus bulan tersebut.</translation>
    </message>
    <message>
        <source>%1: %2 new cases</source>
        <extracomment>Tooltip on a bar. %1 is a month (&quot;April 2024&quot;), %2 a number of cases.</extracomment>
        <translation>%1: %2 kasus baru</translation>
    </message>
    <message>
        <source>Rows: the victim&apos;s first citizenship. Columns: the country where the victim&apos;s journey records exploitation. Each cell counts victims; darker means more.</source>
        <translation>Baris: kewarganegaraan pertama korban. Kolom: negara tempat eksploitasi menurut catatan perjalanan korban. Setiap sel menghitung jumlah korban; makin gelap, makin banyak.</translation>
    </message>
    <message>
        <source>No victim&apos;s journey records a place of exploitation yet.</source>
        <translation>Belum ada perjalanan korban yang mencatat tempat eksploitasi.</translation>
    </message>
    <message>
        <source>%1: %2 referrals</source>
        <translation>%1: %2 rujukan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Legend entry of the referral chart. %1 is a referral state, %2 a number of referrals.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>All %1 referrals. Click a segment to list them.</source>
        <extracomment>%1 is the number of referrals in the database.</extracomment>
        <translation>Seluruh %1 rujukan. Klik segmen untuk menampilkan daftarnya.</translation>
    </message>
    <message>
        <source>No referrals recorded yet.</source>
        <translation>Belum ada rujukan yang dicatat.</translation>
    </message>
    <message>
        <source>Overdue referrals</source>
        <translation>Rujukan terlambat</translation>
    </message>
    <message>
        <source>%1 open referrals are past their due date. Click a bar to list them.</source>
        <extracomment>%1 is a number of referrals.</extracomment>
        <translation>%1 rujukan yang belum selesai telah melewati tenggat. Klik batang untuk menampilkan daftarnya.</translation>
    </message>
    <message>
        <source>No referral is overdue.</source>
        <translation>Tidak ada rujukan yang terlambat.</translation>
    </message>
    <message>
        <source>%1: %2 overdue referrals</source>
        <extracomment>Tooltip on a bar. %1 is a support service, %2 a number of referrals.</extracomment>
        <translation>%1: %2 rujukan terlambat</translation>
    </message>
</context>
<context>
    <name>lintas::ui::DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>Placeholder of a date field; keep the letters as the date pattern in your language&apos;s usual abbreviations.</extracomment>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Choose a date from the calendar (Alt+Down)</source>
        <translation>Pilih tanggal dari kalender (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>lintas::ui::EncryptDatabaseDialog</name>
    <message>
        <source>Encrypt the database</source>
        <translation>Enkripsi basis data</translation>
    </message>
    <message>
        <source>This database is not encrypted yet</source>
        <translation>Basis data ini belum dienkripsi</translation>
    </message>
    <message>
        <source>“%1” was made by an earlier version of Lintas, which did not encrypt its databases. Lintas now encrypts it, so that whoever takes the file or the computer cannot read it without a password.</source>
        <translation>“%1” dibuat oleh versi Lintas sebelumnya, yang belum mengenkripsi basis datanya. Kini Lintas mengenkripsinya sehingga siapa pun yang mengambil berkas atau komputernya tidak dapat membacanya tanpa kata sandi.</translation>
    </message>
    <message>
        <source>Lintas writes an encrypted copy beside the file, checks that every record arrived, then puts the copy in place of the old file and deletes the old one. Attachments are encrypted too. If this is interrupted, nothing is lost: opening the database again finishes the work.</source>
        <translation>Lintas menulis salinan terenkripsi di samping berkas tersebut, memeriksa bahwa semua data telah tersalin, lalu menempatkan salinan itu sebagai pengganti berkas lama dan menghapus berkas lama. Lampiran juga dienkripsi. Jika proses ini terputus, tidak ada yang hilang: saat basis data dibuka lagi, pekerjaan ini akan diselesaikan.</translation>
    </message>
    <message>
        <source>From now on everyone signs in with a user name and password. Create the administrator account now; the administrator then adds the other users.</source>
        <translation>Mulai sekarang, setiap orang masuk dengan nama pengguna dan kata sandi. Buat akun administrator sekarang; administrator kemudian menambahkan pengguna lainnya.</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Akun administrator</translation>
    </message>
    <message>
        <source>&amp;Encrypt database</source>
        <translation>&amp;Enkripsi basis data</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Encrypting the database…</source>
        <translation>Mengenkripsi basis data…</translation>
    </message>
    <message>
        <source>The file has not been changed.</source>
        <translation>Berkas ini tidak diubah.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ExchangeLogModel</name>
    <message>
        <source>Sent</source>
        <extracomment>Verdict of a bundle we sent.</extracomment>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>Verdict of a received bundle that failed a check and changed nothing.</extracomment>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>Verdict of a received bundle whose records were imported.</extracomment>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Full</source>
        <extracomment>Bundle profile: identifiable records.</extracomment>
        <translation>Lengkap</translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <extracomment>Bundle profile: victims as stable codes, without identifying details.</extracomment>
        <translation>Dipseudonimkan</translation>
    </message>
    <message>
        <source>Statistics</source>
        <extracomment>Bundle profile: aggregate counts only.</extracomment>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <extracomment>The partner of a bundle that was refused before its sender could be known.</extracomment>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A partner agency: %1 its country code, %2 its code, e.g. &quot;THA · DSI&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Refused: nothing from this file was imported. The details below say why.</source>
        <translation>Ditolak: tidak ada isi berkas ini yang diimpor. Rincian di bawah menjelaskan alasannya.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Penanganan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ExchangeLogPanel</name>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Encrypted to the recipient</source>
        <translation>Dienkripsi untuk penerima</translation>
    </message>
    <message>
        <source>Conflicts with local records</source>
        <translation>Konflik dengan data lokal</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Sent and received</source>
        <translation>Dikirim dan diterima</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message>
        <source>Partner, file, purpose, verdict…</source>
        <translation>Mitra, berkas, tujuan, hasil…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s)</source>
        <translation>
            <numerusform>%n bundel</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 bundles</source>
        <extracomment>%1 log entries match the filter, out of %2.</extracomment>
        <translation>%1 dari %2 bundel</translation>
    </message>
    <message>
        <source>No bundles have been sent or received yet.</source>
        <translation>Belum ada bundel yang dikirim atau diterima.</translation>
    </message>
    <message>
        <source>Select a bundle to see its details.</source>
        <translation>Pilih bundel untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>Heading of a log entry: %1 direction, %2 verdict, %3 date and time.</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Why it was refused:</source>
        <translation>Alasan penolakan:</translation>
    </message>
    <message>
        <source>No reason was recorded.</source>
        <translation>Tidak ada alasan yang dicatat.</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <extracomment>%1 is core&apos;s technical explanation of a refusal (English, no personal data).</extracomment>
        <translation>Rincian teknis: %1</translation>
    </message>
    <message>
        <source>Nothing from this file was imported.</source>
        <translation>Tidak ada isi berkas ini yang diimpor.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bundel</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Mitra:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Bundle ID:</source>
        <translation>ID bundel:</translation>
    </message>
    <message>
        <source>Sequence number:</source>
        <translation>Nomor urut:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Tujuan:</translation>
    </message>
    <message>
        <source>Marking:</source>
        <translation>Penandaan:</translation>
    </message>
    <message>
        <source>Handling code:</source>
        <translation>Kode penanganan:</translation>
    </message>
    <message>
        <source>Signer fingerprint:</source>
        <translation>Sidik jari penanda tangan:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>File SHA-256:</source>
        <translation>SHA-256 berkas:</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ExchangePage</name>
    <message>
        <source>Co&amp;nflicts (%1)</source>
        <extracomment>Tab title; %1 is the number of open import conflicts.</extracomment>
        <translation>Ko&amp;nflik (%1)</translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation>Ko&amp;nflik</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Identitas penandatanganan</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>Berkas PKCS#12</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Kunci privat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Partner agency</source>
        <translation>Instansi mitra</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sidik jari</translation>
    </message>
    <message>
        <source>&amp;Export cases…</source>
        <translation>&amp;Ekspor kasus…</translation>
    </message>
    <message>
        <source>Send cases to a partner agency as a signed bundle</source>
        <translation>Kirim kasus ke instansi mitra sebagai bundel bertanda tangan</translation>
    </message>
    <message>
        <source>I&amp;mport bundle…</source>
        <translation>I&amp;mpor bundel…</translation>
    </message>
    <message>
        <source>Check a bundle received from a partner agency and import it</source>
        <translation>Periksa bundel yang diterima dari instansi mitra, lalu impor</translation>
    </message>
    <message>
        <source>Our &amp;identity</source>
        <translation>&amp;Identitas kami</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Mitra</translation>
    </message>
    <message>
        <source>Exchange &amp;log</source>
        <translation>&amp;Log pertukaran</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the name of a field, %2 the sentence saying what is wrong with it.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A&amp;pprovals (%1)</source>
        <extracomment>Tab title; %1 is the number of approvals no export has used yet.</extracomment>
        <translation>&amp;Persetujuan (%1)</translation>
    </message>
    <message>
        <source>A&amp;pprovals</source>
        <translation>&amp;Persetujuan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ExportPreviewModel</name>
    <message>
        <source>Records outside any case</source>
        <translation>Data di luar kasus mana pun</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <extracomment>Number of records of a case in the export preview.</extracomment>
        <translation>
            <numerusform>%n data</numerusform>
        </translation>
    </message>
    <message>
        <source>pseudonymised</source>
        <translation>dipseudonimkan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Leaves as</source>
        <extracomment>Column: whether a record leaves pseudonymised.</extracomment>
        <translation>Dikirim sebagai</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ExportWizard</name>
    <message>
        <source>What to send</source>
        <translation>Yang akan dikirim</translation>
    </message>
    <message>
        <source>Choose the cases and, for each, the parts that go. Everything is included unless you untick it.</source>
        <translation>Pilih kasus dan, untuk setiap kasus, bagian yang ikut dikirim. Semua bagian disertakan kecuali Anda menghapus centangnya.</translation>
    </message>
    <message>
        <source>Reference or words of the title</source>
        <translation>Referensi atau kata dari judul</translation>
    </message>
    <message>
        <source>&amp;Add a case:</source>
        <translation>&amp;Tambah kasus:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Tam&amp;bahkan</translation>
    </message>
    <message>
        <source>&amp;Remove case</source>
        <translation>&amp;Keluarkan kasus</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Cases and their parts</source>
        <translation>Kasus dan bagiannya</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No case matches.</source>
        <translation>Tidak ada kasus yang sesuai.</translation>
    </message>
    <message>
        <source>The case could not be read. %1</source>
        <translation>Kasus tidak dapat dibaca. %1</translation>
    </message>
    <message>
        <source>(not in this case)</source>
        <translation>(tidak ada dalam kasus ini)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Journey legs</source>
        <translation>Segmen perjalanan</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>%1 → %2 → %3</source>
        <extracomment>A relationship in the export selection: %1 from, %2 type, %3 to.</extracomment>
        <translation>%1 → %2 → %3</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 untuk %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Links to other cases</source>
        <translation>Tautan ke kasus lain</translation>
    </message>
    <message>
        <source>Recipient and markings</source>
        <translation>Penerima dan penandaan</translation>
    </message>
    <message>
        <source>Bundles go only to partners whose certificate you trust. The markings travel with the bundle and bind the recipient.</source>
        <translation>Bundel hanya dikirim ke mitra yang sertifikatnya Anda percayai. Penandaan ikut bersama bundel dan mengikat penerima.</translation>
    </message>
    <message>
        <source>No trusted partner yet. Open Exchange → Partners and add the partner&apos;s certificate (compare its fingerprint with them by phone), then come back.</source>
        <translation>Belum ada mitra tepercaya. Buka Pertukaran → Mitra dan tambahkan sertifikat mitra (cocokkan sidik jarinya dengan mereka melalui telepon), lalu kembali ke sini.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>When a victim&apos;s consent does not cover this</source>
        <translation>Jika persetujuan korban tidak mencakup pengiriman ini</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise the victim (send a code, not the name)</source>
        <translation>&amp;Pseudonimkan korban (kirim kode, bukan nama)</translation>
    </message>
    <message>
        <source>Re&amp;fuse the export</source>
        <translation>T&amp;olak ekspor</translation>
    </message>
    <message>
        <source>&amp;Encrypt to the recipient&apos;s certificate (only they can open the file)</source>
        <translation>&amp;Enkripsi dengan sertifikat penerima (hanya penerima yang dapat membuka berkas)</translation>
    </message>
    <message>
        <source>Partner &amp;agency:</source>
        <translation>&amp;Instansi mitra:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>T&amp;ujuan:</translation>
    </message>
    <message>
        <source>&amp;TLP:</source>
        <translation>&amp;TLP:</translation>
    </message>
    <message>
        <source>&amp;Handling code:</source>
        <translation>&amp;Kode penanganan:</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <extracomment>A partner in the recipient list: %1 agency name, %2 code, %3 country.</extracomment>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Consent and handling check</source>
        <translation>Pemeriksaan persetujuan dan penanganan</translation>
    </message>
    <message>
        <source>How each victim would leave, and anything that stops the export. The rules are applied by Lintas, not chosen here.</source>
        <translation>Bagaimana setiap korban akan dikirim, dan apa saja yang menghalangi ekspor. Aturannya diterapkan oleh Lintas, bukan dipilih di sini.</translation>
    </message>
    <message>
        <source>No victim is part of this export.</source>
        <translation>Tidak ada korban dalam ekspor ini.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Periksa &amp;lagi</translation>
    </message>
    <message>
        <source>Run the check again, e.g. after recording a victim&apos;s consent</source>
        <translation>Jalankan pemeriksaan lagi, misalnya setelah mencatat persetujuan korban</translation>
    </message>
    <message>
        <source>&amp;Victims:</source>
        <translation>&amp;Korban:</translation>
    </message>
    <message>
        <source>The export cannot be checked</source>
        <translation>Ekspor tidak dapat diperiksa</translation>
    </message>
    <message>
        <source>Next is not available until the check succeeds. Go back and change the selection or the recipient.</source>
        <translation>Anda belum dapat melanjutkan ke langkah berikutnya sampai pemeriksaan berhasil. Kembali dan ubah pilihan atau penerimanya.</translation>
    </message>
    <message>
        <source>• %1: %2 (%3)</source>
        <extracomment>One reason the export cannot go: %1 case reference, %2 the reason, %3 technical detail.</extracomment>
        <translation>• %1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) stop this export</source>
        <translation>
            <numerusform>%n masalah menghalangi ekspor ini</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out on purpose:
%1</source>
        <translation>Sengaja tidak disertakan:
%1</translation>
    </message>
    <message>
        <source>The export may go. Next shows exactly what leaves.</source>
        <translation>Ekspor dapat dilakukan. Langkah berikutnya menampilkan persis apa yang akan dikirim.</translation>
    </message>
    <message>
        <source>Next is not available while the problems above remain: untick the records concerned, choose stricter markings, or pseudonymise instead of refusing — then check again.</source>
        <translation>Anda belum dapat melanjutkan ke langkah berikutnya selama masalah di atas masih ada: hapus centang pada data yang bersangkutan, pilih penandaan yang lebih ketat, atau pseudonimkan alih-alih menolak — lalu periksa lagi.</translation>
    </message>
    <message>
        <source>What will leave</source>
        <translation>Yang akan dikirim</translation>
    </message>
    <message>
        <source>Exactly these records go into the bundle, under these markings.</source>
        <translation>Persis data berikut yang masuk ke dalam bundel, dengan penandaan berikut.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dari:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Kepada:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Tujuan:</translation>
    </message>
    <message>
        <source>TLP:</source>
        <translation>TLP:</translation>
    </message>
    <message>
        <source>Handling code:</source>
        <translation>Kode penanganan:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>%1, encrypted to the recipient</source>
        <translation>%1, dienkripsi untuk penerima</translation>
    </message>
    <message>
        <source>%1 in %2; attachments %3</source>
        <extracomment>Totals of the export preview: %1 e.g. &quot;12 records&quot;, %2 e.g. &quot;2 cases&quot;, %3 a size.</extracomment>
        <translation>%1 dalam %2; lampiran %3</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n data</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign and save</source>
        <translation>Tanda tangani dan simpan</translation>
    </message>
    <message>
        <source>The bundle is signed with your agency&apos;s identity. Give the file to the partner by any channel: they verify it before anything is imported.</source>
        <translation>Bundel ditandatangani dengan identitas instansi Anda. Serahkan berkas kepada mitra melalui saluran apa pun: mitra memverifikasinya sebelum ada data yang diimpor.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>&amp;Sign and save…</source>
        <translation>&amp;Tanda tangani dan simpan…</translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation>Menulis bundel</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>Bundel telah ditulis</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Sequence:</source>
        <translation>Nomor urut:</translation>
    </message>
    <message>
        <source>Check without Lintas:</source>
        <translation>Periksa tanpa Lintas:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>Encrypted Lintas bundles (*.lintas.p7m)</source>
        <translation>Bundel Lintas terenkripsi (*.lintas.p7m)</translation>
    </message>
    <message>
        <source>Lintas bundles (*.lintas)</source>
        <translation>Bundel Lintas (*.lintas)</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Simpan bundel</translation>
    </message>
    <message>
        <source>Choose a file in an existing folder.</source>
        <translation>Pilih berkas di folder yang sudah ada.</translation>
    </message>
    <message>
        <source>A file with this name exists. Choose another name.</source>
        <translation>Sudah ada berkas dengan nama ini. Pilih nama lain.</translation>
    </message>
    <message>
        <source>Enter the passphrase of your agency&apos;s signing identity to sign the bundle.</source>
        <translation>Masukkan frasa sandi identitas penandatanganan instansi Anda untuk menandatangani bundel.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Tanda tangani</translation>
    </message>
    <message>
        <source>This passphrase does not unlock your agency&apos;s identity. Try again.</source>
        <translation>Frasa sandi ini tidak dapat membuka identitas instansi Anda. Coba lagi.</translation>
    </message>
    <message>
        <source>Signing and writing the bundle…</source>
        <translation>Menandatangani dan menulis bundel…</translation>
    </message>
    <message>
        <source>The bundle was not written. %1</source>
        <translation>Bundel tidak ditulis. %1</translation>
    </message>
    <message>
        <source>Signed and saved. The exchange log lists this bundle as sent.</source>
        <translation>Ditandatangani dan disimpan. Log pertukaran mencatat bundel ini sebagai terkirim.</translation>
    </message>
    <message>
        <source>Export cases to a partner</source>
        <translation>Ekspor kasus ke mitra</translation>
    </message>
    <message>
        <source>handling code %1</source>
        <extracomment>Why an export needs approval; %1 is a handling code such as H2.</extracomment>
        <translation>kode penanganan %1</translation>
    </message>
    <message>
        <source>TLP:RED</source>
        <translation>TLP:RED</translation>
    </message>
    <message>
        <source>Needs supervisor approval (%1)</source>
        <extracomment>Heading of the notice on the check page; %1 lists why (e.g. &quot;handling code H2, TLP:RED&quot;).</extracomment>
        <translation>Memerlukan persetujuan supervisor (%1)</translation>
    </message>
    <message>
        <source>An export under handling code H2 or TLP:RED leaves only when a supervisor — another user than you — has approved exactly this request: in Exchange → Approvals, or with &apos;lintas-cli bundle approve&apos;. Give them these details, then press Check again.

Cases: %1
To: %2, certificate %3
Profile: %4
TLP: %5
Handling code: %6
Request digest: %7</source>
        <translation>Ekspor dengan kode penanganan H2 atau TLP:RED hanya dapat dikirim setelah seorang supervisor — pengguna selain Anda — menyetujui permintaan yang persis sama ini: di Pertukaran → Persetujuan, atau dengan &apos;lintas-cli bundle approve&apos;. Berikan rincian berikut kepada supervisor, lalu tekan Periksa lagi.

Kasus: %1
Kepada: %2, sertifikat %3
Profil: %4
TLP: %5
Kode penanganan: %6
Digest permintaan: %7</translation>
    </message>
    <message>
        <source>a former user</source>
        <translation>mantan pengguna</translation>
    </message>
    <message>
        <source>✔ Approved by %1 on %2. This export uses the approval up.</source>
        <translation>✔ Disetujui oleh %1 pada %2. Persetujuan ini terpakai oleh ekspor ini.</translation>
    </message>
    <message>
        <source>✔ Approved by %1 on %2: “%3”. This export uses the approval up.</source>
        <translation>✔ Disetujui oleh %1 pada %2: “%3”. Persetujuan ini terpakai oleh ekspor ini.</translation>
    </message>
    <message>
        <source>Next is not available until a supervisor has approved this export. Check again once they have.</source>
        <translation>Anda belum dapat melanjutkan ke langkah berikutnya sampai seorang supervisor menyetujui ekspor ini. Periksa lagi setelah supervisor menyetujuinya.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::FirstStartDialog</name>
    <message>
        <source>Create a Lintas database</source>
        <translation>Buat basis data Lintas</translation>
    </message>
    <message>
        <source>Welcome to Lintas</source>
        <translation>Selamat datang di Lintas</translation>
    </message>
    <message>
        <source>There is no database at “%1” yet. Enter the agency that will own it: every record created here carries this agency as its origin, also when it is shared with partner countries.</source>
        <translation>Belum ada basis data di “%1”. Masukkan instansi pemiliknya: setiap data yang dibuat di sini mencantumkan instansi ini sebagai asalnya, juga ketika data dibagikan kepada negara mitra.</translation>
    </message>
    <message>
        <source>for example BARESKRIM</source>
        <translation>misalnya BARESKRIM</translation>
    </message>
    <message>
        <source>for example Bareskrim Polri</source>
        <translation>misalnya Bareskrim Polri</translation>
    </message>
    <message>
        <source>Agency &amp;code:</source>
        <translation>&amp;Kode instansi:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Negara:</translation>
    </message>
    <message>
        <source>Agency &amp;name:</source>
        <translation>N&amp;ama instansi:</translation>
    </message>
    <message>
        <source>C&amp;reate database</source>
        <translation>&amp;Buat basis data</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Enter the agency&apos;s code, for example BARESKRIM.</source>
        <translation>Masukkan kode instansi, misalnya BARESKRIM.</translation>
    </message>
    <message>
        <source>Use only capital letters A–Z, digits, “-” and “_”, at most 32 characters.</source>
        <translation>Gunakan hanya huruf kapital A–Z, angka, “-” dan “_”, paling banyak 32 karakter.</translation>
    </message>
    <message>
        <source>Choose the agency&apos;s country.</source>
        <translation>Pilih negara instansi.</translation>
    </message>
    <message>
        <source>Enter the agency&apos;s name.</source>
        <translation>Masukkan nama instansi.</translation>
    </message>
    <message>
        <source>The name is too long or contains characters that are not allowed.</source>
        <translation>Nama terlalu panjang atau memuat karakter yang tidak diizinkan.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Akun administrator</translation>
    </message>
    <message>
        <source>The database is encrypted, and everyone signs in. You are its first user and its administrator: you add the other users.</source>
        <translation>Basis data ini dienkripsi, dan setiap orang harus masuk. Anda adalah pengguna pertama sekaligus administratornya: Anda yang menambahkan pengguna lain.</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>Membuat basis data terenkripsi…</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ForeignCaseLinkDialog</name>
    <message>
        <source>Link foreign case</source>
        <translation>Tautkan kasus luar negeri</translation>
    </message>
    <message>
        <source>e.g. RTP-ATPD</source>
        <translation>misalnya RTP-ATPD</translation>
    </message>
    <message>
        <source>— choose a country —</source>
        <translation>— pilih negara —</translation>
    </message>
    <message>
        <source>Their case reference, exactly as they write it</source>
        <translation>Referensi kasus mereka, persis seperti yang mereka tulis</translation>
    </message>
    <message>
        <source>Our liaison officer for this link</source>
        <translation>Petugas penghubung kami untuk tautan ini</translation>
    </message>
    <message>
        <source>Their &amp;agency code:</source>
        <translation>Kode &amp;instansi mereka:</translation>
    </message>
    <message>
        <source>Their &amp;country:</source>
        <translation>&amp;Negara mereka:</translation>
    </message>
    <message>
        <source>Their &amp;reference:</source>
        <translation>&amp;Referensi mereka:</translation>
    </message>
    <message>
        <source>Our c&amp;ontact:</source>
        <translation>&amp;Kontak kami:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Ca&amp;tatan:</translation>
    </message>
    <message>
        <source>Link case</source>
        <translation>Tautkan kasus</translation>
    </message>
</context>
<context>
    <name>lintas::ui::IdentifierTableModel</name>
    <message>
        <source>Stored and matched across cases as %1</source>
        <translation>Disimpan dan dicocokkan antarkasus sebagai %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Value as entered</source>
        <translation>Nilai sesuai masukan</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Negara penerbit</translation>
    </message>
    <message>
        <source>Normalised (used for matching)</source>
        <translation>Dinormalisasi (untuk pencocokan)</translation>
    </message>
</context>
<context>
    <name>lintas::ui::IdentityPanel</name>
    <message>
        <source>Partners check every bundle your agency sends against this certificate. Give them the certificate file, and read them its fingerprint by phone or in person so that they can be sure the file really comes from you.</source>
        <translation>Mitra memeriksa setiap bundel yang dikirim instansi Anda dengan sertifikat ini. Berikan berkas sertifikat kepada mereka, lalu bacakan sidik jarinya melalui telepon atau secara langsung agar mereka yakin berkas itu benar-benar berasal dari Anda.</translation>
    </message>
    <message>
        <source>Your agency has no signing identity yet. Create one, or import the key and certificate your national PKI issued (a PKCS#12 file), before sending bundles.</source>
        <translation>Instansi Anda belum memiliki identitas penandatanganan. Buat identitas baru, atau impor kunci dan sertifikat yang diterbitkan PKI nasional Anda (berkas PKCS#12), sebelum mengirim bundel.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Sidik jari SHA-256</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy the fingerprint to the clipboard</source>
        <translation>Salin sidik jari ke papan klip</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subjek:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Sidik jari SHA-256:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Berlaku:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Kunci:</translation>
    </message>
    <message>
        <source>Encrypted key file:</source>
        <translation>Berkas kunci terenkripsi:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Asal:</translation>
    </message>
    <message>
        <source>Generate a new key pair and certificate for your agency</source>
        <translation>Buat pasangan kunci dan sertifikat baru untuk instansi Anda</translation>
    </message>
    <message>
        <source>Imp&amp;ort from PKCS#12…</source>
        <translation>&amp;Impor dari PKCS#12…</translation>
    </message>
    <message>
        <source>Use a key and certificate issued by your national PKI</source>
        <translation>Gunakan kunci dan sertifikat yang diterbitkan PKI nasional Anda</translation>
    </message>
    <message>
        <source>E&amp;xport certificate…</source>
        <translation>&amp;Ekspor sertifikat…</translation>
    </message>
    <message>
        <source>Save the certificate (never the key) to give it to partner agencies</source>
        <translation>Simpan sertifikat (bukan kuncinya) untuk diberikan kepada instansi mitra</translation>
    </message>
    <message>
        <source>Signing certificate of your agency</source>
        <translation>Sertifikat penandatanganan instansi Anda</translation>
    </message>
    <message>
        <source>&amp;Replace with a new identity…</source>
        <translation>&amp;Ganti dengan identitas baru…</translation>
    </message>
    <message>
        <source>&amp;Create identity…</source>
        <translation>&amp;Buat identitas…</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <extracomment>Validity of a certificate; %1 and %2 are dates.</extracomment>
        <translation>dari %1 sampai %2</translation>
    </message>
    <message>
        <source>— expired: partners refuse bundles signed with it</source>
        <translation>— kedaluwarsa: mitra menolak bundel yang ditandatangani dengannya</translation>
    </message>
    <message>
        <source>Imported from a PKCS#12 file on %1</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>Diimpor dari berkas PKCS#12 pada %1</translation>
    </message>
    <message>
        <source>Generated by Lintas on %1</source>
        <translation>Dibuat oleh Lintas pada %1</translation>
    </message>
    <message>
        <source>Replace the identity?</source>
        <translation>Ganti identitas?</translation>
    </message>
    <message>
        <source>Your agency already has a signing identity. After replacing it, partners refuse your bundles until they have added the new certificate to their trust store and confirmed its fingerprint with you.</source>
        <translation>Instansi Anda sudah memiliki identitas penandatanganan. Setelah identitas diganti, mitra akan menolak bundel Anda sampai mereka menambahkan sertifikat baru ke daftar mitra tepercaya mereka dan mengonfirmasi sidik jarinya dengan Anda.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <source>Save identity</source>
        <translation>Simpan identitas</translation>
    </message>
    <message>
        <source>The new private key is stored only on this computer, in a file encrypted under this passphrase. You type it each time you send a bundle.</source>
        <translation>Kunci privat baru hanya disimpan di komputer ini, dalam berkas yang dienkripsi dengan frasa sandi ini. Anda mengetikkannya setiap kali mengirim bundel.</translation>
    </message>
    <message>
        <source>Signing identity created.</source>
        <translation>Identitas penandatanganan telah dibuat.</translation>
    </message>
    <message>
        <source>Import identity from PKCS#12</source>
        <translation>Impor identitas dari PKCS#12</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>Berkas PKCS#12 (*.p12 *.pfx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Cannot import the identity</source>
        <translation>Identitas tidak dapat diimpor</translation>
    </message>
    <message>
        <source>The file “%1” could not be read.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>Berkas “%1” tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Type the passphrase that protects “%1”.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>Ketik frasa sandi yang melindungi “%1”.</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the file:</source>
        <translation>&amp;Frasa sandi berkas:</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>The imported key is stored only on this computer, in a file encrypted under a passphrase of its own. Choose it now; you type it each time you send a bundle.</source>
        <translation>Kunci yang diimpor hanya disimpan di komputer ini, dalam berkas yang dienkripsi dengan frasa sandi tersendiri. Tentukan frasa sandi itu sekarang; Anda mengetikkannya setiap kali mengirim bundel.</translation>
    </message>
    <message>
        <source>Signing identity imported.</source>
        <translation>Identitas penandatanganan telah diimpor.</translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation>Sertifikat PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>DER certificate (*.der *.cer)</source>
        <translation>Sertifikat DER (*.der *.cer)</translation>
    </message>
    <message>
        <source>Export certificate</source>
        <translation>Ekspor sertifikat</translation>
    </message>
    <message>
        <source>Cannot export the certificate</source>
        <translation>Sertifikat tidak dapat diekspor</translation>
    </message>
    <message>
        <source>The file “%1” could not be written.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>Berkas “%1” tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Certificate saved to %1</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>Sertifikat disimpan ke %1</translation>
    </message>
    <message>
        <source>Fingerprint copied.</source>
        <translation>Sidik jari telah disalin.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ImportDialog</name>
    <message>
        <source>Link to a local case</source>
        <translation>Tautkan ke kasus lokal</translation>
    </message>
    <message>
        <source>Which of our cases is about the same events as the partner&apos;s case %1?</source>
        <translation>Kasus kami mana yang menyangkut peristiwa yang sama dengan kasus %1 milik mitra?</translation>
    </message>
    <message>
        <source>Reference or words of the title</source>
        <translation>Referensi atau kata dari judul</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautkan</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Impor bundel</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Belum ada berkas yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Choose a bundle…</source>
        <translation>&amp;Pilih bundel…</translation>
    </message>
    <message>
        <source>Choose a bundle file received from a partner agency (*.lintas, or *.lintas.p7m when encrypted). It is checked against the partner certificates you trust before anything is shown or written.</source>
        <translation>Pilih berkas bundel yang diterima dari instansi mitra (*.lintas, atau *.lintas.p7m jika dienkripsi). Berkas ini diperiksa dengan sertifikat mitra yang Anda percayai sebelum ada yang ditampilkan atau ditulis.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dari:</translation>
    </message>
    <message>
        <source>Signed by certificate:</source>
        <translation>Ditandatangani dengan sertifikat:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Tujuan:</translation>
    </message>
    <message>
        <source>TLP:</source>
        <translation>TLP:</translation>
    </message>
    <message>
        <source>Handling code:</source>
        <translation>Kode penanganan:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Dibuat:</translation>
    </message>
    <message>
        <source>Sequence:</source>
        <translation>Nomor urut:</translation>
    </message>
    <message>
        <source>Save a signed &amp;rejection receipt…</source>
        <translation>Simpan tanda terima pe&amp;nolakan bertanda tangan…</translation>
    </message>
    <message>
        <source>A file for the sender saying that this bundle was refused, and why</source>
        <translation>Berkas untuk pengirim yang menyatakan bahwa bundel ini ditolak, beserta alasannya</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Grading and links</source>
        <translation>Penilaian dan tautan</translation>
    </message>
    <message>
        <source>Partner case</source>
        <translation>Kasus mitra</translation>
    </message>
    <message>
        <source>Our case</source>
        <translation>Kasus kami</translation>
    </message>
    <message>
        <source>&amp;Link to local case…</source>
        <translation>&amp;Tautkan ke kasus lokal…</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Sumber:</translation>
    </message>
    <message>
        <source>&amp;Information:</source>
        <translation>&amp;Informasi:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Te&amp;rapkan</translation>
    </message>
    <message>
        <source>Import the bundle in one step: all of it, or nothing</source>
        <translation>Impor bundel dalam satu langkah: seluruhnya, atau tidak sama sekali</translation>
    </message>
    <message>
        <source>Save a signed acceptance &amp;receipt…</source>
        <translation>Simpan tanda terima pen&amp;erimaan bertanda tangan…</translation>
    </message>
    <message>
        <source>A file for the sender confirming what was imported</source>
        <translation>Berkas untuk pengirim yang mengonfirmasi apa saja yang diimpor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>Pilih bundel</translation>
    </message>
    <message>
        <source>Lintas bundles (*.lintas *.lintas.p7m);;All files (*)</source>
        <translation>Bundel Lintas (*.lintas *.lintas.p7m);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>This bundle is encrypted to your agency. Enter the passphrase of your agency&apos;s identity to open it.</source>
        <translation>Bundel ini dienkripsi untuk instansi Anda. Masukkan frasa sandi identitas instansi Anda untuk membukanya.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>This passphrase does not unlock your agency&apos;s identity. Try again.</source>
        <translation>Frasa sandi ini tidak dapat membuka identitas instansi Anda. Coba lagi.</translation>
    </message>
    <message>
        <source>Not opened: the passphrase is needed to decrypt this bundle.</source>
        <translation>Tidak dibuka: frasa sandi diperlukan untuk mendekripsi bundel ini.</translation>
    </message>
    <message>
        <source>The rejection could not be logged. %1</source>
        <translation>Penolakan tidak dapat dicatat di log. %1</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>Large verdict on a bundle that failed verification.</extracomment>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Do not use its content: it may be forged or altered.</source>
        <translation>Jangan gunakan isinya: isinya mungkin dipalsukan atau diubah.</translation>
    </message>
    <message>
        <source>Verified</source>
        <extracomment>Large verdict on a bundle whose signature and content checked out.</extracomment>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <extracomment>Sender of a verified bundle: %1 agency name, %2 code, %3 country.</extracomment>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1 (was encrypted to us)</source>
        <translation>%1 (dienkripsi untuk kami)</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 in conflict (%5 cannot be taken); attachments to copy: %6</source>
        <extracomment>What applying a bundle would do; %1…%5 are counts, %6 a size.</extracomment>
        <translation>%1 baru, %2 diperbarui, %3 tidak berubah, %4 berkonflik (%5 tidak dapat diambil); lampiran yang akan disalin: %6</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check the records, grade the bundle, then apply.</source>
        <translation>Belum ada yang ditulis. Periksa data, beri nilai bundel, lalu terapkan.</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <extracomment>A statistics count hidden because it is small; %1 is the threshold.</extracomment>
        <translation>kurang dari %1</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Korban</translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation>Tersangka</translation>
    </message>
    <message>
        <source>already linked to %1</source>
        <translation>sudah ditautkan ke %1</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>belum ditautkan</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Tidak ada yang diimpor. %1</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 conflict(s) to decide in Exchange → Conflicts. Send the sender a receipt.</source>
        <translation>Diimpor: %1 baru, %2 diperbarui, %3 tidak berubah, %4 konflik yang perlu diputuskan di Pertukaran → Konflik. Kirim tanda terima kepada pengirim.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Simpan tanda terima</translation>
    </message>
    <message>
        <source>Lintas receipts (*.lintas-receipt)</source>
        <translation>Tanda terima Lintas (*.lintas-receipt)</translation>
    </message>
    <message>
        <source>Enter the passphrase of your agency&apos;s identity to sign the receipt.</source>
        <translation>Masukkan frasa sandi identitas instansi Anda untuk menandatangani tanda terima.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Tanda tangani</translation>
    </message>
    <message>
        <source>The receipt was not written. %1</source>
        <translation>Tanda terima tidak ditulis. %1</translation>
    </message>
    <message>
        <source>Receipt saved to %1. Send it to the partner.</source>
        <translation>Tanda terima disimpan ke %1. Kirimkan kepada mitra.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ImportPreviewModel</name>
    <message>
        <source>%1 (pseudonymised)</source>
        <extracomment>Appended to a received victim&apos;s code: the partner sent no name.</extracomment>
        <translation>%1 (dipseudonimkan)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column: what applying the bundle does to the record.</extracomment>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Conflicting fields</source>
        <extracomment>Column: fields changed both here and by the partner.</extracomment>
        <translation>Isian yang berkonflik</translation>
    </message>
    <message>
        <source>Not taken because</source>
        <extracomment>Column: why a record cannot be taken.</extracomment>
        <translation>Tidak diambil karena</translation>
    </message>
</context>
<context>
    <name>lintas::ui::IsoLanguageModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A language in a picker: %1 is its English name, %2 its ISO 639 code.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>lintas::ui::JourneyLegDialog</name>
    <message>
        <source>Add journey leg</source>
        <translation>Tambah segmen perjalanan</translation>
    </message>
    <message>
        <source>— choose a country —</source>
        <translation>— pilih negara —</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— tidak dicatat —</translation>
    </message>
    <message>
        <source>e.g. Mae Sot – Myawaddy</source>
        <translation>misalnya Mae Sot – Myawaddy</translation>
    </message>
    <message>
        <source>e.g. own passport, tourist visa</source>
        <translation>misalnya paspor sendiri, visa turis</translation>
    </message>
    <message>
        <source>&amp;Victim:</source>
        <translation>&amp;Korban:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>Ta&amp;hap:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Negara:</translation>
    </message>
    <message>
        <source>State or &amp;province:</source>
        <translation>&amp;Provinsi atau negara bagian:</translation>
    </message>
    <message>
        <source>City or &amp;place:</source>
        <translation>Kota atau tem&amp;pat:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Means of travel:</source>
        <translation>&amp;Sarana perjalanan:</translation>
    </message>
    <message>
        <source>&amp;Border crossing:</source>
        <translation>Perlintasan &amp;batas:</translation>
    </message>
    <message>
        <source>D&amp;ocuments used:</source>
        <translation>D&amp;okumen yang digunakan:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Deskripsi:</translation>
    </message>
    <message>
        <source>Add leg</source>
        <translation>Tambah segmen</translation>
    </message>
</context>
<context>
    <name>lintas::ui::JourneyLegModel</name>
    <message>
        <source>Victim</source>
        <translation>Korban</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column header: the position of a leg in the victim&apos;s journey.</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Means of travel</source>
        <translation>Sarana perjalanan</translation>
    </message>
    <message>
        <source>Border crossing</source>
        <translation>Perlintasan batas</translation>
    </message>
    <message>
        <source>Documents used</source>
        <translation>Dokumen yang digunakan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::JourneyRouteDiagram</name>
    <message>
        <source>Journey route diagram</source>
        <translation>Diagram rute perjalanan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Accessible summary of one victim&apos;s route: %1 is the name, %2 the countries joined by arrows.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No journey recorded.</source>
        <translation>Belum ada perjalanan yang dicatat.</translation>
    </message>
    <message>
        <source>Stages:</source>
        <translation>Tahap:</translation>
    </message>
    <message>
        <source>Victim: %1</source>
        <translation>Korban: %1</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>tanggal tidak diketahui</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A date range on the route diagram: %1 first date, %2 last date.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>Tahap: %1</translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation>Tempat: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Tanggal: %1</translation>
    </message>
    <message>
        <source>Dates: %1 – %2</source>
        <translation>Tanggal: %1 – %2</translation>
    </message>
    <message>
        <source>Arrived by: %1</source>
        <translation>Tiba dengan: %1</translation>
    </message>
</context>
<context>
    <name>lintas::ui::JourneyTab</name>
    <message>
        <source>&amp;Victim:</source>
        <translation>&amp;Korban:</translation>
    </message>
    <message>
        <source>&amp;Add leg…</source>
        <translation>&amp;Tambah segmen…</translation>
    </message>
    <message>
        <source>&amp;Remove leg…</source>
        <translation>&amp;Hapus segmen…</translation>
    </message>
    <message>
        <source>Journey legs</source>
        <translation>Segmen perjalanan</translation>
    </message>
    <message>
        <source>All victims</source>
        <translation>Semua korban</translation>
    </message>
    <message>
        <source>Add a victim to the case first (People tab)</source>
        <translation>Tambahkan korban ke kasus ini terlebih dahulu (tab Orang)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>%1 is a journey stage (e.g. Transit), %2 a country.</extracomment>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Remove journey leg</source>
        <translation>Hapus ruas perjalanan</translation>
    </message>
    <message>
        <source>Remove the journey leg “%1”?</source>
        <translation>Hapus ruas perjalanan “%1”?</translation>
    </message>
</context>
<context>
    <name>lintas::ui::LinkedPeopleModel</name>
    <message>
        <source>Double-click to open the person</source>
        <translation>Klik dua kali untuk membuka data orang</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>%1 this organisation</source>
        <comment>the person &lt;relationship&gt; the organisation</comment>
        <translation>%1 organisasi ini</translation>
    </message>
    <message>
        <source>%1 (by this organisation)</source>
        <comment>the organisation &lt;relationship&gt; the person</comment>
        <translation>%1 (oleh organisasi ini)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::LinksTab</name>
    <message>
        <source>Related cases</source>
        <translation>Kasus terkait</translation>
    </message>
    <message>
        <source>Link &amp;local case…</source>
        <translation>Tautkan kasus &amp;lokal…</translation>
    </message>
    <message>
        <source>Link &amp;foreign case…</source>
        <translation>Tautkan kasus luar &amp;negeri…</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Buka kasus</translation>
    </message>
    <message>
        <source>Relationships in this case</source>
        <translation>Hubungan dalam kasus ini</translation>
    </message>
    <message>
        <source>Add &amp;relationship…</source>
        <translation>Tambah &amp;hubungan…</translation>
    </message>
    <message>
        <source>Grade: source reliability A, B, C or X, then information credibility 1 to 4. Hover over a grade for its meaning.</source>
        <translation>Nilai: keandalan sumber A, B, C, atau X, lalu kredibilitas informasi 1 sampai 4. Arahkan penunjuk ke suatu nilai untuk melihat artinya.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::LocalCaseLinkDialog</name>
    <message>
        <source>Link local case</source>
        <translation>Tautkan kasus lokal</translation>
    </message>
    <message>
        <source>Reference such as IDN-BARESKRIM-2026-000042, or words of the title</source>
        <translation>Referensi seperti IDN-BARESKRIM-2026-000042, atau kata dari judul</translation>
    </message>
    <message>
        <source>Why the cases are related, e.g. same recruiter</source>
        <translation>Alasan kasus-kasus ini terkait, misalnya perekrut yang sama</translation>
    </message>
    <message>
        <source>&amp;Find case:</source>
        <translation>&amp;Cari kasus:</translation>
    </message>
    <message>
        <source>&amp;Cases:</source>
        <translation>&amp;Kasus:</translation>
    </message>
    <message>
        <source>Our &amp;contact:</source>
        <translation>&amp;Kontak kami:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Ca&amp;tatan:</translation>
    </message>
    <message>
        <source>Link case</source>
        <translation>Tautkan kasus</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A case in a list: %1 its reference, %2 its title.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No other case found.</source>
        <translation>Tidak ditemukan kasus lain.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found.</source>
        <translation>
            <numerusform>Ditemukan %n kasus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lintas::ui::LockScreen</name>
    <message>
        <source>Lintas is locked</source>
        <translation>Lintas terkunci</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Keluar dari akun</translation>
    </message>
    <message>
        <source>Signing out closes the database; changes not yet saved are lost.</source>
        <translation>Keluar akan menutup basis data; perubahan yang belum disimpan akan hilang.</translation>
    </message>
    <message>
        <source>Signed in as %1. Enter your password to continue.</source>
        <extracomment>On the lock screen; %1 is the signed-in user&apos;s sign-in name.</extracomment>
        <translation>Masuk sebagai %1. Masukkan kata sandi Anda untuk melanjutkan.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::MainWindow</name>
    <message>
        <source>Lintas</source>
        <translation>Lintas</translation>
    </message>
    <message>
        <source>New &amp;case</source>
        <translation>Ka&amp;sus baru</translation>
    </message>
    <message>
        <source>Start a new case</source>
        <translation>Mulai kasus baru</translation>
    </message>
    <message>
        <source>New &amp;person</source>
        <translation>Oran&amp;g baru</translation>
    </message>
    <message>
        <source>Record a new person</source>
        <translation>Catat orang baru</translation>
    </message>
    <message>
        <source>New &amp;organisation</source>
        <translation>&amp;Organisasi baru</translation>
    </message>
    <message>
        <source>Record a new organisation</source>
        <translation>Catat organisasi baru</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>Basis data ba&amp;ru…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Buka basis data…</translation>
    </message>
    <message>
        <source>New &amp;demo database…</source>
        <translation>Basis data &amp;demo baru…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Edit menu; Qt appends the name of the change to undo, e.g. &quot;Undo Change title&quot;.</extracomment>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>Edit menu; Qt appends the name of the change to redo.</extracomment>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <source>Search cases, people, identifiers, organisations and notes</source>
        <translation>Cari kasus, orang, pengenal, organisasi, dan catatan</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Tool bar button that opens global search; keep it short.</extracomment>
        <translation>Cari</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>&amp;About Lintas</source>
        <translation>&amp;Tentang Lintas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Terakhir dibuka</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Na&amp;vigasi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigasi</translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <extracomment>Tooltip of a navigation entry; %1 is its keyboard shortcut, e.g. Ctrl+1.</extracomment>
        <translation>Pintasan: %1</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Basis data baru…</translation>
    </message>
    <message>
        <source>New demo database…</source>
        <translation>Basis data demo baru…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Exchange</source>
        <extracomment>The area for signed case bundles exchanged with partner agencies.</extracomment>
        <translation>Pertukaran</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>The database used last, “%1”, is no longer there. It may have been moved, renamed or be on a drive that is not connected.</source>
        <translation>Basis data yang terakhir digunakan, “%1”, sudah tidak ada. Basis data itu mungkin telah dipindahkan, diganti namanya, atau berada di drive yang tidak terhubung.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Buka basis data</translation>
    </message>
    <message>
        <source>Lintas databases (*.db);;All files (*)</source>
        <translation>Basis data Lintas (*.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Demo database stopped early: it holds %1 of %2 cases.</source>
        <extracomment>%1 cases were made before the user stopped, of %2 asked for.</extracomment>
        <translation>Pembuatan basis data demo dihentikan lebih awal: basis data berisi %1 dari %2 kasus.</translation>
    </message>
    <message>
        <source>Demo database created with %1 cases.</source>
        <translation>Basis data demo dibuat dengan %1 kasus.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Basis data baru</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Basis data tidak dapat dibuka</translation>
    </message>
    <message>
        <source>“%1” is no longer there. It has been removed from the list of recent databases.</source>
        <translation>“%1” sudah tidak ada. Berkas itu telah dihapus dari daftar basis data terakhir dibuka.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <extracomment>An entry of File → Open recent; %1 is its number (1–8), %2 the file&apos;s path.</extracomment>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Tidak ada basis data yang baru dibuka</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Kosongkan daftar</translation>
    </message>
    <message>
        <source>%1 — Lintas</source>
        <extracomment>Window title; %1 is the database&apos;s file name.</extracomment>
        <translation>%1 — Lintas</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <extracomment>Status bar; %1 is the database&apos;s path.</extracomment>
        <translation>Basis data dibuka: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Status bar: the signed-in user and their roles, e.g. &quot;sari.w · Investigator, Supervisor&quot;.
----------
Status bar; %1 is the ISO country code, %2 the agency code, e.g. &quot;IDN · BARESKRIM&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Local agency: %1, %2</source>
        <extracomment>Tooltip of the agency in the status bar; %1 its name, %2 its country.</extracomment>
        <translation>Instansi pemilik: %1, %2</translation>
    </message>
    <message>
        <source>The file has not been changed.</source>
        <translation>Berkas ini tidak diubah.</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Buka berkas lain…</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Belum ada basis data yang dibuka</translation>
    </message>
    <message>
        <source>Create a new database for your agency, try Lintas with a demo database, or open an existing one.</source>
        <translation>Buat basis data baru untuk instansi Anda, coba Lintas dengan basis data demo, atau buka basis data yang sudah ada.</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>Buka basis data…</translation>
    </message>
    <message>
        <source>About Lintas</source>
        <translation>Tentang Lintas</translation>
    </message>
    <message>
        <source>Lintas %1</source>
        <extracomment>%1 is the version number.</extracomment>
        <translation>Lintas %1</translation>
    </message>
    <message>
        <source>Case management for cross-border human-trafficking investigations</source>
        <translation>Pengelolaan kasus untuk penyidikan tindak pidana perdagangan orang lintas negara</translation>
    </message>
    <message>
        <source>Case, victim and referral fields follow the Human Trafficking Case Data Standard (HTCDS) 2.0 by IOM, CC BY 4.0.</source>
        <translation>Isian kasus, korban, dan rujukan mengikuti Human Trafficking Case Data Standard (HTCDS) 2.0 dari IOM, CC BY 4.0.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Dibangun dengan Qt %1.</translation>
    </message>
    <message>
        <source>Bundle saved to %1</source>
        <translation>Bundel disimpan ke %1</translation>
    </message>
    <message>
        <source>Lintas is still writing to the database. Try again in a moment.</source>
        <translation>Lintas masih menulis ke basis data. Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation>Anda telah keluar.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kunci</translation>
    </message>
    <message>
        <source>Hide everything until your password is given again</source>
        <translation>Sembunyikan semuanya sampai kata sandi Anda dimasukkan lagi</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Keluar &amp;dari akun</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Ubah kata sandi…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Akun</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Masuk…</translation>
    </message>
    <message>
        <source>Encrypt…</source>
        <translation>Enkripsi…</translation>
    </message>
    <message>
        <source>Users</source>
        <extracomment>The administrators&apos; area for user accounts and roles.</extracomment>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Retention</source>
        <extracomment>The area for retention rules and records due for deletion.</extracomment>
        <translation>Retensi</translation>
    </message>
    <message>
        <source>Your roles do not include %1.</source>
        <extracomment>Status bar; %1 is the name of an area such as &quot;Organisations&quot;.</extracomment>
        <translation>Peran Anda tidak mencakup %1.</translation>
    </message>
    <message>
        <source>Cannot use the file “%1”. It is not a Lintas database, or it is an encrypted one whose key file “%2” is missing or damaged: without its key file nobody can open it. The file has not been changed.</source>
        <translation>Berkas “%1” tidak dapat digunakan. Berkas ini bukan basis data Lintas, atau merupakan basis data terenkripsi yang berkas kuncinya, “%2”, hilang atau rusak: tanpa berkas kunci, tidak ada seorang pun yang dapat membukanya. Berkas ini tidak diubah.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <extracomment>Tooltip of the signed-in user in the status bar; %1 the user name, %2 the roles.</extracomment>
        <translation>Masuk sebagai %1 (%2)</translation>
    </message>
    <message>
        <source>Sign in to open the database</source>
        <translation>Masuk untuk membuka basis data</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Sign in with your user name and password to open it.</source>
        <translation>“%1” dienkripsi. Masuk dengan nama pengguna dan kata sandi Anda untuk membukanya.</translation>
    </message>
    <message>
        <source>The database is not encrypted yet</source>
        <translation>Basis data belum dienkripsi</translation>
    </message>
    <message>
        <source>“%1” was made by an earlier version of Lintas. Encrypt it to go on using it; until then it stays as it is.</source>
        <translation>“%1” dibuat oleh versi Lintas sebelumnya. Enkripsi basis data ini agar dapat terus digunakan; sampai saat itu, basis data ini tetap seperti semula.</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Kata sandi Anda telah diubah.</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Kata sandi salah.</translation>
    </message>
    <message>
        <source>Unlock Lintas to close it, or sign out.</source>
        <translation>Buka kunci Lintas untuk menutupnya, atau keluar.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::NewPersonDialog</name>
    <message>
        <source>Add new person</source>
        <translation>Tambah orang baru</translation>
    </message>
    <message>
        <source>Leave empty for people with a single name</source>
        <translation>Kosongkan untuk orang yang hanya memiliki satu nama</translation>
    </message>
    <message>
        <source>— unknown —</source>
        <translation>— tidak diketahui —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— tidak ada —</translation>
    </message>
    <message>
        <source>e.g. +62 812 3456 7890, or 0812 3456 7890 with a citizenship</source>
        <translation>misalnya +62 812 3456 7890, atau 0812 3456 7890 jika kewarganegaraan diisi</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>Nama &amp;depan:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>Nama k&amp;eluarga:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>Jenis kela&amp;min:</translation>
    </message>
    <message>
        <source>&amp;Citizenship:</source>
        <translation>&amp;Kewarganegaraan:</translation>
    </message>
    <message>
        <source>&amp;Identifier type:</source>
        <translation>&amp;Jenis pengenal:</translation>
    </message>
    <message>
        <source>Identifie&amp;r:</source>
        <translation>&amp;Pengenal:</translation>
    </message>
    <message>
        <source>R&amp;ole in this case:</source>
        <translation>&amp;Peran dalam kasus ini:</translation>
    </message>
    <message>
        <source>Add to case</source>
        <translation>Tambahkan ke kasus</translation>
    </message>
    <message>
        <source>Stored for matching as: %1</source>
        <extracomment>Live preview of an identifier as core will store it for matching, e.g. &quot;+6281234567890&quot;.</extracomment>
        <translation>Disimpan untuk pencocokan sebagai: %1</translation>
    </message>
</context>
<context>
    <name>lintas::ui::NewReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>Rujukan baru</translation>
    </message>
    <message>
        <source>— no provider yet —</source>
        <translation>— belum ada penyedia layanan —</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An organisation in a picker: %1 its name, %2 its type.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Victim-support officer responsible</source>
        <translation>Petugas pendamping korban yang bertanggung jawab</translation>
    </message>
    <message>
        <source>Set</source>
        <extracomment>Check box beside a due date: whether a due date is set.</extracomment>
        <translation>Tetapkan</translation>
    </message>
    <message>
        <source>&amp;Victim:</source>
        <translation>&amp;Korban:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Layanan:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Penyedia layanan:</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>P&amp;etugas:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Tenggat:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Create referral</source>
        <translation>Buat rujukan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::NoteDialog</name>
    <message>
        <source>Add note or event</source>
        <translation>Tambah catatan atau peristiwa</translation>
    </message>
    <message>
        <source>What happened, what was said, what was decided</source>
        <translation>Apa yang terjadi, apa yang dikatakan, apa yang diputuskan</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;When (local time):</source>
        <translation>&amp;Waktu (waktu setempat):</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Penulis:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Teks:</translation>
    </message>
    <message>
        <source>Add to timeline</source>
        <translation>Tambahkan ke linimasa</translation>
    </message>
</context>
<context>
    <name>lintas::ui::OptionalDateEdit</name>
    <message>
        <source>Known</source>
        <translation>Diketahui</translation>
    </message>
</context>
<context>
    <name>lintas::ui::OrganisationEditor</name>
    <message>
        <source>(unknown)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <source>for example https://example.org or a social media page</source>
        <translation>misalnya https://example.org atau halaman media sosial</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ama:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Negara:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Situs web:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>(the organisation&apos;s country)</source>
        <translation>(negara organisasi)</translation>
    </message>
    <message>
        <source>Add &amp;identifier</source>
        <translation>Tambah &amp;pengenal</translation>
    </message>
    <message>
        <source>Remove identifier</source>
        <translation>Hapus pengenal</translation>
    </message>
    <message>
        <source>Add a&amp;ddress</source>
        <translation>Tambah a&amp;lamat</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>Hapus alamat</translation>
    </message>
    <message>
        <source>No one is linked to this organisation yet. Relationships are recorded in a case&apos;s Links tab.</source>
        <translation>Belum ada orang yang dikaitkan dengan organisasi ini. Hubungan dicatat di tab Tautan pada kasus.</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Pengenal</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>People linked</source>
        <translation>Orang yang terkait</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Belum disimpan</translation>
    </message>
    <message>
        <source>Last saved %1 · version %2</source>
        <extracomment>%1 is when the record was last saved, %2 how many times it has been saved.</extracomment>
        <translation>Terakhir disimpan %1 · versi %2</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Organisasi baru</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
</context>
<context>
    <name>lintas::ui::OrganisationListModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
</context>
<context>
    <name>lintas::ui::OrganisationsPage</name>
    <message>
        <source>All types</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Name, country, phone or identifier</source>
        <translation>Nama, negara, telepon, atau pengenal</translation>
    </message>
    <message>
        <source>&amp;New organisation</source>
        <translation>Organisasi &amp;baru</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Kembalikan</translation>
    </message>
    <message>
        <source>Undo all changes since the last save</source>
        <translation>Urungkan semua perubahan sejak terakhir disimpan</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <extracomment>%1 is the keyboard shortcut, e.g. Ctrl+S.</extracomment>
        <translation>Simpan perubahan (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisasi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 organisations</source>
        <extracomment>%1 organisations match the filters, out of %2 loaded.</extracomment>
        <translation>%1 dari %2 organisasi</translation>
    </message>
    <message>
        <source> (the first %1 by name)</source>
        <extracomment>%1 is how many organisations the list loads at most.</extracomment>
        <translation> (%1 pertama menurut nama)</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Organisasi baru</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Perubahan dibuang.</translation>
    </message>
    <message>
        <source>Loaded the version saved by someone else.</source>
        <translation>Versi yang disimpan oleh pengguna lain telah dimuat.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Tidak disimpan. %1</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Data %1 dibuat.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Disimpan: %1.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PartnerCertificateModel</name>
    <message>
        <source>Revoked</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Tepercaya</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <extracomment>A certificate&apos;s end date; %1 is the date.</extracomment>
        <translation>%1 (kedaluwarsa)</translation>
    </message>
    <message>
        <source>Revoked on %1: %2</source>
        <extracomment>%1 is a date, %2 the reason the user gave.</extracomment>
        <translation>Dicabut pada %1: %2</translation>
    </message>
    <message>
        <source>Bundles signed with this certificate are accepted from this partner.</source>
        <translation>Bundel yang ditandatangani dengan sertifikat ini diterima dari mitra ini.</translation>
    </message>
    <message>
        <source>This certificate has expired: bundles signed with it are refused.</source>
        <translation>Sertifikat ini sudah kedaluwarsa: bundel yang ditandatangani dengannya ditolak.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sidik jari</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PartnersPanel</name>
    <message>
        <source>&amp;Add partner certificate…</source>
        <translation>&amp;Tambah sertifikat mitra…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Cabut…</translation>
    </message>
    <message>
        <source>Stop accepting bundles signed with the selected certificate</source>
        <translation>Berhenti menerima bundel yang ditandatangani dengan sertifikat yang dipilih</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n sertifikat</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner certificates yet. Add the certificate of each agency you exchange bundles with; bundles from anyone else are refused.</source>
        <translation>Belum ada sertifikat mitra. Tambahkan sertifikat setiap lembaga yang bertukar bundel dengan Anda; bundel dari pihak lain ditolak.</translation>
    </message>
    <message>
        <source>Select a certificate to see its subject, full fingerprint and note.</source>
        <translation>Pilih sertifikat untuk melihat subjek, sidik jari lengkap, dan catatannya.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <extracomment>%1 is the certificate&apos;s subject (e.g. &quot;CN=THA-DSI,O=…&quot;).</extracomment>
        <translation>Subjek: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <extracomment>%1 is the full SHA-256 fingerprint.</extracomment>
        <translation>Sidik jari: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>%1 is the note the user wrote when adding the certificate.</extracomment>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>Revoked on %1: %2</source>
        <extracomment>%1 is a date, %2 the reason the user gave.</extracomment>
        <translation>Dicabut pada %1: %2</translation>
    </message>
    <message>
        <source>Certificate of %1 (%2) added to the trust store.</source>
        <extracomment>%1 is the partner agency&apos;s code, %2 its country code.</extracomment>
        <translation>Sertifikat %1 (%2) telah ditambahkan ke daftar mitra tepercaya.</translation>
    </message>
    <message>
        <source>Revoke partner certificate</source>
        <translation>Cabut sertifikat mitra</translation>
    </message>
    <message>
        <source>From now on, bundles signed with this certificate of %1 (%2) are refused. Revoking cannot be undone: to trust the partner again, add a certificate again and confirm its fingerprint with them.

%3</source>
        <extracomment>%1 agency code, %2 country, %3 the certificate&apos;s fingerprint.</extracomment>
        <translation>Mulai sekarang, bundel yang ditandatangani dengan sertifikat %1 (%2) ini akan ditolak. Pencabutan tidak dapat dibatalkan: untuk memercayai mitra ini lagi, tambahkan sertifikat lagi dan konfirmasikan sidik jarinya dengan mereka.

%3</translation>
    </message>
    <message>
        <source>e.g. key reported lost by the partner on …</source>
        <translation>misalnya kunci dilaporkan hilang oleh mitra pada …</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the trust store):</source>
        <translation>&amp;Alasan (disimpan di daftar mitra tepercaya):</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Cabut</translation>
    </message>
    <message>
        <source>Certificate revoked.</source>
        <translation>Sertifikat telah dicabut.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PassphraseDialog</name>
    <message>
        <source>Strength: very weak — easy to guess</source>
        <translation>Kekuatan: sangat lemah — mudah ditebak</translation>
    </message>
    <message>
        <source>Strength: weak — add words or characters</source>
        <translation>Kekuatan: lemah — tambahkan kata atau karakter</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Kekuatan: cukup</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Kekuatan: kuat</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Tentukan frasa sandi</translation>
    </message>
    <message>
        <source>Enter the passphrase</source>
        <translation>Masukkan frasa sandi</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Frasa sandi &amp;baru:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frasa sandi:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Kedua frasa sandi tidak sama.</translation>
    </message>
    <message>
        <source>Use at least 8 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Gunakan paling sedikit 8 karakter. Beberapa kata yang tidak saling berkaitan mudah diingat dan sulit ditebak.</translation>
    </message>
    <message>
        <source>Nobody can recover a lost passphrase, not even an administrator. Without it, this key cannot sign bundles any more and a new identity must be made and given to every partner again. Keep it somewhere safe.</source>
        <translation>Frasa sandi yang hilang tidak dapat dipulihkan oleh siapa pun, bahkan oleh administrator. Tanpa frasa sandi, kunci ini tidak dapat lagi menandatangani bundel, dan identitas baru harus dibuat serta diberikan kembali kepada setiap mitra. Simpan frasa sandi di tempat yang aman.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PeopleTab</name>
    <message>
        <source>Add &amp;existing person…</source>
        <translation>Tambah orang yang &amp;sudah ada…</translation>
    </message>
    <message>
        <source>Find someone already on file by name or identifier and add them to this case</source>
        <translation>Cari orang yang sudah tercatat berdasarkan nama atau pengenal, lalu tambahkan ke kasus ini</translation>
    </message>
    <message>
        <source>Add &amp;new person…</source>
        <translation>Tambah orang ba&amp;ru…</translation>
    </message>
    <message>
        <source>&amp;Remove from case…</source>
        <translation>&amp;Keluarkan dari kasus…</translation>
    </message>
    <message>
        <source>Remove the selected role from this case; the person stays on file (Delete)</source>
        <translation>Hapus peran yang dipilih dari kasus ini; data orang tersebut tetap tersimpan (Delete)</translation>
    </message>
    <message>
        <source>&amp;Open person</source>
        <translation>&amp;Buka data orang</translation>
    </message>
    <message>
        <source>People in this case</source>
        <translation>Orang dalam kasus ini</translation>
    </message>
    <message>
        <source>Select a victim or a suspect to see their profile in this case.</source>
        <translation>Pilih korban atau tersangka untuk melihat profilnya dalam kasus ini.</translation>
    </message>
    <message>
        <source>Witnesses and other people have no victim or suspect profile in a case.</source>
        <translation>Saksi dan orang lain tidak memiliki profil korban atau tersangka dalam kasus.</translation>
    </message>
    <message>
        <source>Unsaved profile</source>
        <translation>Profil belum disimpan</translation>
    </message>
    <message>
        <source>The profile you are editing has changes that are not saved.</source>
        <translation>Profil yang sedang Anda sunting memiliki perubahan yang belum disimpan.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjutkan menyunting</translation>
    </message>
    <message>
        <source>Remove %1 as %2 from this case? The person stays on file.</source>
        <translation>Hapus %1 sebagai %2 dari kasus ini? Data orang tersebut tetap tersimpan.</translation>
    </message>
    <message>
        <source>Their profile in this case is removed with the role.</source>
        <translation>Profil orang tersebut dalam kasus ini ikut dihapus bersama perannya.</translation>
    </message>
    <message>
        <source>Remove from case</source>
        <translation>Hapus dari kasus</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PersonEditor</name>
    <message>
        <source>leave empty for a single name</source>
        <translation>kosongkan untuk nama tunggal</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty when unknown</source>
        <translation>YYYY-MM-DD, kosongkan jika tidak diketahui</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>belum diperkirakan</translation>
    </message>
    <message>
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <source>When the date of birth is unknown: the age as estimated today</source>
        <translation>Jika tanggal lahir tidak diketahui: usia menurut perkiraan hari ini</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>Nama &amp;depan:</translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation>Nama &amp;tengah:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>Nama k&amp;eluarga:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Jenis kelamin:</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Tanggal &amp;lahir:</translation>
    </message>
    <message>
        <source>or estimated a&amp;ge:</source>
        <translation>atau perkiraan &amp;usia:</translation>
    </message>
    <message>
        <source>Add a citizenship…</source>
        <translation>Tambah kewarganegaraan…</translation>
    </message>
    <message>
        <source>The first citizenship gives national phone numbers their country code</source>
        <translation>Kewarganegaraan pertama menentukan kode negara untuk nomor telepon nasional</translation>
    </message>
    <message>
        <source>Add a language…</source>
        <translation>Tambah bahasa…</translation>
    </message>
    <message>
        <source>The first language is the one the person speaks best</source>
        <translation>Bahasa pertama adalah bahasa yang paling dikuasai orang tersebut</translation>
    </message>
    <message>
        <source>&amp;Citizenships:</source>
        <translation>&amp;Kewarganegaraan:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Add a&amp;lias</source>
        <translation>Tambah &amp;alias</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Hapus alias</translation>
    </message>
    <message>
        <source>(from first citizenship)</source>
        <translation>(dari kewarganegaraan pertama)</translation>
    </message>
    <message>
        <source>Add &amp;identifier</source>
        <translation>Tambah &amp;pengenal</translation>
    </message>
    <message>
        <source>Remove identifier</source>
        <translation>Hapus pengenal</translation>
    </message>
    <message>
        <source>This person does not appear in any case yet.</source>
        <translation>Orang ini belum tercantum dalam kasus mana pun.</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Pengenal</translation>
    </message>
    <message>
        <source>Roles in cases</source>
        <translation>Peran dalam kasus</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>per %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Belum disimpan</translation>
    </message>
    <message>
        <source>Last saved %1 · version %2</source>
        <extracomment>%1 is when the record was last saved, %2 how many times it has been saved.</extracomment>
        <translation>Terakhir disimpan %1 · versi %2</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Orang baru</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>Show identifying details…</source>
        <translation>Tampilkan data identitas…</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <extracomment>Shown in an empty field of a victim whose identifying details are hidden.</extracomment>
        <translation>(disembunyikan)</translation>
    </message>
    <message>
        <source>Identifying details hidden</source>
        <translation>Data identitas disembunyikan</translation>
    </message>
    <message>
        <source>This person is a victim. Names, date of birth, identifiers, contacts and address are hidden to protect them. To see or change them, give a reason: it is recorded in the audit log.</source>
        <translation>Orang ini adalah korban. Nama, tanggal lahir, pengenal, kontak, dan alamatnya disembunyikan untuk melindungi korban. Untuk melihat atau mengubahnya, berikan alasan: alasan tersebut dicatat dalam log audit.</translation>
    </message>
    <message>
        <source>This person is a victim. Names, date of birth, identifiers, contacts and address are hidden to protect them; your roles do not include reading them.</source>
        <translation>Orang ini adalah korban. Nama, tanggal lahir, pengenal, kontak, dan alamatnya disembunyikan untuk melindungi korban; peran Anda tidak mencakup akses untuk membacanya.</translation>
    </message>
    <message>
        <source>Identifying details shown</source>
        <translation>Data identitas ditampilkan</translation>
    </message>
    <message>
        <source>You opened this victim&apos;s identifying details; your reason is in the audit log. They are hidden again when you open another person.</source>
        <translation>Anda membuka data identitas korban ini; alasan Anda tercatat dalam log audit. Data ini disembunyikan lagi saat Anda membuka data orang lain.</translation>
    </message>
    <message>
        <source>Victim (identity hidden)</source>
        <translation>Korban (identitas disembunyikan)</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PersonRolesModel</name>
    <message>
        <source>Double-click to open the case</source>
        <translation>Klik dua kali untuk membuka kasus</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PersonSearchDialog</name>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>How a search hit matched: %1 the identifier type, %2 the identifier.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Add existing person</source>
        <translation>Tambah orang yang sudah ada</translation>
    </message>
    <message>
        <source>Name, alias, phone, passport or other identifier</source>
        <translation>Nama, alias, telepon, paspor, atau pengenal lain</translation>
    </message>
    <message>
        <source>Optional, e.g. &quot;recruiter in Medan&quot;</source>
        <translation>Opsional, misalnya &quot;perekrut di Medan&quot;</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>&amp;Hasil:</translation>
    </message>
    <message>
        <source>R&amp;ole in this case:</source>
        <translation>&amp;Peran dalam kasus ini:</translation>
    </message>
    <message>
        <source>Role &amp;details:</source>
        <translation>&amp;Rincian peran:</translation>
    </message>
    <message>
        <source>Add to case</source>
        <translation>Tambahkan ke kasus</translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation>Tidak ada orang yang ditemukan.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found.</source>
        <translation>
            <numerusform>Ditemukan %n orang.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A search hit: %1 the person&apos;s name, %2 how it matched.</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PersonSearchModel</name>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>How a person was found: %1 is an identifier type (&quot;Phone number&quot;), %2 its normalised value.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Ditemukan melalui</translation>
    </message>
    <message>
        <source>Victim (identity hidden)</source>
        <extracomment>In the list of people found: a victim, whose name is hidden until read with a reason.</extracomment>
        <translation>Korban (identitas disembunyikan)</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PersonsPage</name>
    <message>
        <source>Name, alias, phone, passport or e-mail</source>
        <translation>Nama, alias, telepon, paspor, atau surel</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>Orang &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Find a person:</source>
        <translation>&amp;Cari orang:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Kembalikan</translation>
    </message>
    <message>
        <source>Undo all changes since the last save</source>
        <translation>Urungkan semua perubahan sejak terakhir disimpan</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <extracomment>%1 is the keyboard shortcut, e.g. Ctrl+S.</extracomment>
        <translation>Simpan perubahan (%1)</translation>
    </message>
    <message>
        <source>Type a name, an alias or an identifier such as a phone or passport number.</source>
        <translation>Ketik nama, alias, atau pengenal seperti nomor telepon atau nomor paspor.</translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling, try an alias, or create a new person.</source>
        <translation>Tidak ada orang yang ditemukan. Periksa ejaan, coba alias, atau buat data orang baru.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the best %n matches; type more to narrow the search.</source>
        <translation>
            <numerusform>Menampilkan %n hasil paling cocok; ketik lebih banyak untuk mempersempit pencarian.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found.</source>
        <translation>
            <numerusform>Ditemukan %n orang.</numerusform>
        </translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Orang baru</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Perubahan dibuang.</translation>
    </message>
    <message>
        <source>Loaded the version saved by someone else.</source>
        <translation>Versi yang disimpan oleh pengguna lain telah dimuat.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Tidak disimpan. %1</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Data %1 dibuat.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Disimpan: %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Disimpan.</translation>
    </message>
    <message>
        <source>Another person is on show now. Close this and try again.</source>
        <translation>Data orang lain sedang ditampilkan. Tutup ini, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Identifying details shown. Your reason was recorded.</source>
        <translation>Data identitas ditampilkan. Alasan Anda telah dicatat.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PostponeDialog</name>
    <message>
        <source>Postpone deletion</source>
        <translation>Tunda penghapusan</translation>
    </message>
    <message numerus="yes">
        <source>Keep the %n selected record(s) and list them again on the review date. The decision is recorded in the audit log.</source>
        <translation>
            <numerusform>Pertahankan %n data yang dipilih dan cantumkan lagi dalam daftar pada tanggal peninjauan. Keputusan ini dicatat dalam log audit.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review again on:</source>
        <translation>&amp;Tinjau lagi pada:</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Tunda</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ProfileEditor</name>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Simpan profil</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Kembalikan</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <extracomment>%1 is the time the profile was last saved.</extracomment>
        <translation>Belum dicatat.</translation>
    </message>
    <message>
        <source>Last saved %1</source>
        <translation>Terakhir disimpan %1</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ProvenanceBanner</name>
    <message>
        <source>Where this record came from could not be read.</source>
        <translation>Asal data ini tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Received from %1 (%2) on %3 — bundle %4, grading %5</source>
        <extracomment>Banner on a record received from a partner. %1 agency, %2 its country code, %3 date of receipt, %4 first part of the bundle&apos;s id, %5 the grade such as &quot;B2&quot;.</extracomment>
        <translation>Diterima dari %1 (%2) pada %3 — bundel %4, nilai %5</translation>
    </message>
    <message>
        <source>; recorded first by %1 (%2)</source>
        <extracomment>Appended to the banner: the record was first recorded by a third agency; %1 code, %2 country.</extracomment>
        <translation>; pertama kali dicatat oleh %1 (%2)</translation>
    </message>
    <message>
        <source>; received pseudonymised</source>
        <extracomment>Appended to the banner of a victim received as a code.</extracomment>
        <translation>; diterima dalam keadaan dipseudonimkan</translation>
    </message>
    <message>
        <source>; edited here since</source>
        <extracomment>Appended to the banner: the record was changed here after it was received.</extracomment>
        <translation>; sejak itu disunting di sini</translation>
    </message>
    <message numerus="yes">
        <source>; %n open conflict(s) with the partner&apos;s copy</source>
        <translation>
            <numerusform>; %n konflik yang belum diputuskan dengan salinan mitra</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle %1
Signed by certificate %2
Marked TLP:%3, handling code %4
%5</source>
        <extracomment>Tooltip of the provenance banner: %1 bundle id, %2 signer fingerprint, %3 TLP, %4 handling code.</extracomment>
        <translation>Bundel %1
Ditandatangani dengan sertifikat %2
Ditandai TLP:%3, kode penanganan %4
%5</translation>
    </message>
</context>
<context>
    <name>lintas::ui::PurgeDialog</name>
    <message>
        <source>Delete records for good</source>
        <translation>Hapus data secara permanen</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will be deleted from this database for good: the rows, their attachment files and their search entries. This cannot be undone, and no backup is kept by Lintas.</source>
        <translation>
            <numerusform>%n data akan dihapus secara permanen dari basis data ini: baris datanya, berkas lampirannya, dan entri pencariannya. Tindakan ini tidak dapat dibatalkan, dan Lintas tidak menyimpan cadangan.</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <extracomment>One record in the list of records to delete: %1 its label (case reference), %2 its kind.</extracomment>
        <translation>• %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>I understand that these records cannot be restored.</source>
        <translation>Saya memahami bahwa data ini tidak dapat dipulihkan.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Hapus %n data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lintas::ui::ReferralGroupProxy</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A group heading on the referrals board: %1 is a state or service, %2 how many referrals it holds.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n terlambat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lintas::ui::ReferralTableModel</name>
    <message>
        <source>No due date</source>
        <translation>Tanpa tenggat</translation>
    </message>
    <message numerus="yes">
        <source>Due %1, %n day(s) ago</source>
        <translation>
            <numerusform>Tenggat %1, %n hari yang lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Tenggat %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Hasil: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Not overdue</source>
        <translation>Tidak terlambat</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Korban</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Penyedia layanan</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ReferralTimelineModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A referral in the timeline: %1 is the service, %2 the provider.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Referred (%1)</source>
        <extracomment>The first entry of a referral&apos;s history; %1 is its first state.</extracomment>
        <translation>Dirujuk (%1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A change of state: %1 the state before, %2 the state after.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::ReferralsPage</name>
    <message>
        <source>All states</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Semua layanan</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>Hanya yang &amp;terlambat</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Tanpa pengelompokan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tampilkan semua</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>La&amp;yanan:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Penyedia layanan:</translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation>P&amp;etugas:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Kelompokkan menurut:</translation>
    </message>
    <message>
        <source>Open &amp;case</source>
        <translation>Buka &amp;kasus</translation>
    </message>
    <message>
        <source>Open v&amp;ictim</source>
        <translation>Buka k&amp;orban</translation>
    </message>
    <message>
        <source>Select a referral to see the victim&apos;s referral history.</source>
        <translation>Pilih rujukan untuk melihat riwayat rujukan korban.</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Semua penyedia layanan</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Semua petugas</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n rujukan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <extracomment>Appended to the number of referrals shown; %n of them are overdue.</extracomment>
        <translation>
            <numerusform>, %n terlambat</numerusform>
        </translation>
    </message>
    <message>
        <source> (the first %1 by due date; narrow the filters to see others)</source>
        <extracomment>%1 is how many referrals the board loads at most.</extracomment>
        <translation> (%1 pertama menurut tenggat; persempit filter untuk melihat yang lain)</translation>
    </message>
    <message>
        <source>Only case %1</source>
        <translation>Hanya kasus %1</translation>
    </message>
    <message>
        <source>Only victim %1</source>
        <translation>Hanya korban %1</translation>
    </message>
    <message>
        <source>Select a referral to move it.</source>
        <translation>Pilih rujukan untuk memindahkannya.</translation>
    </message>
    <message>
        <source>This referral is %1: its lifecycle has ended.</source>
        <translation>Rujukan ini berstatus %1: siklusnya telah berakhir.</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Pindahkan ke:</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <extracomment>Names a referral in questions and messages: %1 the service, %2 the victim.</extracomment>
        <translation>%1 untuk %2</translation>
    </message>
    <message>
        <source>%1 was not moved. %2</source>
        <translation>%1 tidak dipindahkan. %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Referral history of %1 (%n referral(s))</source>
        <extracomment>%1 is the victim&apos;s name, %n how many referrals they have.</extracomment>
        <translation>
            <numerusform>Riwayat rujukan %1 (%n rujukan)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open victim</source>
        <translation>Buka korban</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Buka kasus</translation>
    </message>
    <message>
        <source>Only one victim (identity hidden)</source>
        <extracomment>The referral list is limited to one victim, whose name is hidden.</extracomment>
        <translation>Hanya satu korban (identitas disembunyikan)</translation>
    </message>
    <message numerus="yes">
        <source>Referral history of this victim, identity hidden (%n referral(s))</source>
        <extracomment>Above one victim&apos;s referrals when her name is hidden; %n how many referrals she has.</extracomment>
        <translation>
            <numerusform>Riwayat rujukan korban ini, identitas disembunyikan (%n rujukan)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lintas::ui::RelationshipDialog</name>
    <message>
        <source>Add relationship</source>
        <translation>Tambah hubungan</translation>
    </message>
    <message>
        <source>Where this comes from, e.g. victim&apos;s statement of 12 March</source>
        <translation>Asal informasi ini, misalnya keterangan korban tanggal 12 Maret</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Hubungan:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Ke:</translation>
    </message>
    <message>
        <source>&amp;Source grade:</source>
        <translation>Nilai &amp;sumber:</translation>
    </message>
    <message>
        <source>&amp;Information grade:</source>
        <translation>Nilai &amp;informasi:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Ca&amp;tatan:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A person in a picker: %1 the name, %2 the role in the case.
----------
An organisation in a picker: %1 its name, %2 its type.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>lintas::ui::RetentionDueModel</name>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Counted from</source>
        <extracomment>Column: the date the retention period counts from (case closed, bundle logged).</extracomment>
        <translation>Dihitung sejak</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Postponed to</source>
        <extracomment>Column: the date a supervisor postponed the deletion to.</extracomment>
        <translation>Ditunda hingga</translation>
    </message>
</context>
<context>
    <name>lintas::ui::RetentionPage</name>
    <message>
        <source> year</source>
        <extracomment>Suffix after the number 1 in &quot;1 year&quot; (how long a record is kept).</extracomment>
        <translation> tahun</translation>
    </message>
    <message>
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retensi</translation>
    </message>
    <message>
        <source>Personal data is kept no longer than needed. A rule says how long each kind of record is kept; records past that date are listed here for a supervisor to keep for longer or to delete for good.</source>
        <translation>Data pribadi tidak disimpan lebih lama dari yang diperlukan. Aturan menentukan berapa lama setiap jenis data disimpan; data yang telah melewati batas tersebut dicantumkan di sini agar supervisor dapat memperpanjang penyimpanannya atau menghapusnya secara permanen.</translation>
    </message>
    <message>
        <source>Your roles give you nothing to do here: rules are set by an administrator, deletions are confirmed by a supervisor.</source>
        <translation>Peran Anda tidak memiliki tugas di sini: aturan ditetapkan oleh administrator, penghapusan dikonfirmasi oleh supervisor.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation>&amp;Simpan aturan</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>Jatuh tempo untuk dihapus</translation>
    </message>
    <message>
        <source>Nothing is due: no record is past its retention date.</source>
        <translation>Tidak ada yang jatuh tempo: tidak ada data yang melewati tanggal retensinya.</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Centang semua</translation>
    </message>
    <message>
        <source>&amp;Postpone…</source>
        <translation>&amp;Tunda…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>keep forever</source>
        <extracomment>A retention rule of 0 years: the records are never deleted.</extracomment>
        <translation>simpan selamanya</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>diubah %1</translation>
    </message>
    <message>
        <source>Retention rules saved.</source>
        <translation>Aturan retensi disimpan.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) kept until %1.</source>
        <extracomment>%1 is a date.</extracomment>
        <translation>
            <numerusform>%n data disimpan hingga %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n record(s).</source>
        <translation>
            <numerusform>%n data dihapus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lintas::ui::RevealDialog</name>
    <message>
        <source>Interview preparation</source>
        <translation>Persiapan wawancara</translation>
    </message>
    <message>
        <source>Referral to shelter</source>
        <translation>Rujukan ke rumah aman</translation>
    </message>
    <message>
        <source>Court preparation</source>
        <translation>Persiapan persidangan</translation>
    </message>
    <message>
        <source>Contacting the victim</source>
        <translation>Menghubungi korban</translation>
    </message>
    <message>
        <source>Return and family tracing</source>
        <translation>Pemulangan dan penelusuran keluarga</translation>
    </message>
    <message>
        <source>Show identifying details</source>
        <translation>Tampilkan data identitas</translation>
    </message>
    <message>
        <source>This person is a victim. Their names, date of birth, identifiers, contacts and address are hidden to protect them. Say why you need them now: your reason is recorded in the audit log with your name, and supervisors see it.</source>
        <translation>Orang ini adalah korban. Nama, tanggal lahir, pengenal, kontak, dan alamatnya disembunyikan untuk melindungi korban. Jelaskan mengapa Anda memerlukannya sekarang: alasan Anda dicatat dalam log audit beserta nama Anda, dan dapat dilihat oleh supervisor.</translation>
    </message>
    <message>
        <source>Why do you need these details?</source>
        <translation>Mengapa Anda memerlukan data ini?</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>Common reasons:</source>
        <translation>Alasan umum:</translation>
    </message>
    <message>
        <source>Use this reason</source>
        <translation>Gunakan alasan ini</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Tampilkan data</translation>
    </message>
</context>
<context>
    <name>lintas::ui::SearchPopup</name>
    <message>
        <source>Search cases, people, identifiers, organisations and notes</source>
        <translation>Cari kasus, orang, pengenal, organisasi, dan catatan</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <source>Type a name, a case reference or title, a phone, passport or other identifier, or words from a note. ↑ ↓ choose, Enter opens, Esc closes.</source>
        <translation>Ketik nama, referensi atau judul kasus, telepon, paspor, atau pengenal lain, atau kata dari catatan. ↑ ↓ memilih, Enter membuka, Esc menutup.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Tidak ada yang cocok dengan “%1”.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::SearchResultsModel</name>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Pengenal</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Alias of %1</source>
        <extracomment>Under a matching alias in search results; %1 is the person&apos;s name.</extracomment>
        <translation>Alias dari %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <extracomment>Under an identifier in search results; %1 is the organisation&apos;s name.</extracomment>
        <translation>Organisasi: %1</translation>
    </message>
    <message>
        <source>Note in %1</source>
        <extracomment>A note found by search; %1 is the reference of the case it belongs to.</extracomment>
        <translation>Catatan dalam %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>Under a person in search results; %1 is a role (Victim, Suspect…), %2 a case reference.</extracomment>
        <translation>%1 di %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 and %n other case(s)</source>
        <extracomment>Under a person in search results; %1 is a role, %2 a case reference, %n more cases.</extracomment>
        <translation>
            <numerusform>%1 di %2 dan %n kasus lain</numerusform>
        </translation>
    </message>
    <message>
        <source>born %1</source>
        <extracomment>Under a person in search results; %1 is a date of birth (ISO).</extracomment>
        <translation>lahir %1</translation>
    </message>
    <message>
        <source>about %1 years old</source>
        <extracomment>Under a person in search results; %1 is an estimated age in years.</extracomment>
        <translation>sekitar %1 tahun</translation>
    </message>
</context>
<context>
    <name>lintas::ui::SeenByPanel</name>
    <message>
        <source>Who has seen this record</source>
        <translation>Siapa saja yang telah melihat data ini</translation>
    </message>
    <message>
        <source>Every time someone opened this victim&apos;s identifying details, with the reason they gave. Visible to supervisors.</source>
        <translation>Setiap kali seseorang membuka data identitas korban ini, beserta alasan yang diberikannya. Dapat dilihat oleh supervisor.</translation>
    </message>
    <message>
        <source>Nobody has opened this victim&apos;s identifying details yet.</source>
        <translation>Belum ada yang membuka data identitas korban ini.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Bawaan sistem (%1)</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Bahasa antarmuka:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Lintas shows a new language the next time it starts.</source>
        <translation>Lintas menampilkan bahasa baru saat dijalankan berikutnya.</translation>
    </message>
    <message>
        <source>Lintas will use the new language the next time it starts. Until then it keeps the current one.</source>
        <translation>Lintas akan memakai bahasa baru saat dijalankan berikutnya. Sampai saat itu, bahasa yang sekarang tetap digunakan.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Penguncian</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Lock time of 0 minutes: Lintas never locks by itself.</extracomment>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Unit after the number of minutes, e.g. &quot;10 min&quot;.</extracomment>
        <translation> menit</translation>
    </message>
    <message>
        <source>Lock &amp;after this long without use:</source>
        <translation>&amp;Kunci setelah tidak digunakan selama:</translation>
    </message>
    <message>
        <source>Stored in this database: it applies to everyone who uses it. Ctrl+L locks at any time.</source>
        <translation>Disimpan dalam basis data ini: berlaku untuk semua orang yang menggunakannya. Ctrl+L mengunci kapan saja.</translation>
    </message>
    <message>
        <source>Only an administrator can change this. Ctrl+L locks at any time.</source>
        <translation>Hanya administrator yang dapat mengubah ini. Ctrl+L mengunci kapan saja.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Sign in to Lintas</source>
        <translation>Masuk ke Lintas</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <extracomment>%1 is the path of the database file.</extracomment>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nama &amp;pengguna:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Memeriksa kata sandi…</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait %1 s before trying again.</source>
        <extracomment>%1 is a number of seconds.</extracomment>
        <translation>Terlalu banyak upaya masuk yang gagal. Tunggu %1 detik sebelum mencoba lagi.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong. Wait %1 s before the next attempt.</source>
        <extracomment>After several wrong passwords Lintas makes the next attempt wait; %1 is a number of seconds.</extracomment>
        <translation>Nama pengguna atau kata sandi salah. Tunggu %1 detik sebelum upaya berikutnya.</translation>
    </message>
    <message>
        <source>You can try to sign in again now.</source>
        <translation>Anda dapat mencoba masuk lagi sekarang.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::SuspectProfileEditor</name>
    <message>
        <source>Articles of law, e.g. UU 21/2007 Pasal 2</source>
        <translation>Pasal undang-undang, misalnya UU 21/2007 Pasal 2</translation>
    </message>
    <message>
        <source>Part in the trafficking process</source>
        <translation>Peran dalam proses perdagangan orang</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Peran:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Rincian:</translation>
    </message>
    <message>
        <source>Justice process</source>
        <translation>Proses peradilan</translation>
    </message>
    <message>
        <source>Arrest status:</source>
        <translation>Status penangkapan:</translation>
    </message>
    <message>
        <source>Arrested on:</source>
        <translation>Ditangkap pada:</translation>
    </message>
    <message>
        <source>Charge status:</source>
        <translation>Status dakwaan:</translation>
    </message>
    <message>
        <source>Charges:</source>
        <translation>Dakwaan:</translation>
    </message>
    <message>
        <source>Prosecution status:</source>
        <translation>Status penuntutan:</translation>
    </message>
    <message>
        <source>Suspect profile: %1</source>
        <extracomment>Heading of the side panel; %1 is the suspect&apos;s name.</extracomment>
        <translation>Profil tersangka: %1</translation>
    </message>
</context>
<context>
    <name>lintas::ui::TimelineTab</name>
    <message>
        <source>&amp;Add note or event…</source>
        <translation>&amp;Tambah catatan atau peristiwa…</translation>
    </message>
    <message>
        <source>&amp;Newest first</source>
        <translation>Te&amp;rbaru di atas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <source>Select an entry to read it in full.</source>
        <translation>Pilih entri untuk membacanya secara lengkap.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Heading of a timeline entry: %1 its kind, %2 when.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <extracomment>Heading of a timeline entry: %1 its kind, %2 when, %3 the author.</extracomment>
        <translation>%1 — %2 — %3</translation>
    </message>
</context>
<context>
    <name>lintas::ui::UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation>Ubah peran</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Atur kata sandi baru</translation>
    </message>
    <message>
        <source>The new user signs in with this user name and the initial password. Tell them the password in person; they can change it after signing in.</source>
        <translation>Pengguna baru masuk dengan nama pengguna ini dan kata sandi awal. Sampaikan kata sandi tersebut secara langsung; pengguna dapat mengubahnya setelah masuk.</translation>
    </message>
    <message>
        <source>e.g. inv.sari</source>
        <translation>misalnya inv.sari</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, dots, hyphens and underscores</source>
        <translation>Huruf kecil, angka, titik, tanda hubung, dan garis bawah</translation>
    </message>
    <message>
        <source>as shown in the audit log</source>
        <translation>sebagaimana ditampilkan dalam log audit</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nama &amp;pengguna:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nama &amp;tampilan:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>&amp;Initial password:</source>
        <translation>Kata sandi &amp;awal:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <source>At least 10 characters, not the user name. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Paling sedikit 10 karakter, tidak sama dengan nama pengguna. Beberapa kata yang tidak saling berkaitan mudah diingat dan sulit ditebak.</translation>
    </message>
    <message>
        <source>Changing who can open the database needs your own password</source>
        <translation>Mengubah siapa yang dapat membuka basis data memerlukan kata sandi Anda sendiri</translation>
    </message>
    <message>
        <source>&amp;Your password:</source>
        <translation>&amp;Kata sandi Anda:</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation>Simpan peran</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Atur kata sandi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a display name, %2 the user name.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Roles of %1. The change applies at their next sign-in and is recorded in the audit log.</source>
        <extracomment>%1 names a user.</extracomment>
        <translation>Peran %1. Perubahan berlaku saat pengguna tersebut masuk berikutnya dan dicatat dalam log audit.</translation>
    </message>
    <message>
        <source>A new password for %1. Tell them in person; they can change it after signing in.</source>
        <extracomment>%1 names a user.</extracomment>
        <translation>Kata sandi baru untuk %1. Sampaikan secara langsung kepada pengguna tersebut; pengguna dapat mengubahnya setelah masuk.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::UserTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nama tampilan</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Terakhir masuk</translation>
    </message>
</context>
<context>
    <name>lintas::ui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Each person who works with this database has their own account. Their roles decide what they can see and do; every change here is recorded in the audit log.</source>
        <translation>Setiap orang yang bekerja dengan basis data ini memiliki akunnya sendiri. Perannya menentukan apa yang dapat dilihat dan dilakukannya; setiap perubahan di sini dicatat dalam log audit.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Tambah pengguna…</translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation>Ubah &amp;peran…</translation>
    </message>
    <message>
        <source>Set new &amp;password…</source>
        <translation>Atur &amp;kata sandi baru…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Nonaktifkan…</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <extracomment>%1 is a user name.</extracomment>
        <translation>Pengguna %1 ditambahkan.</translation>
    </message>
    <message>
        <source>Roles of %1 changed.</source>
        <extracomment>%1 names a user.</extracomment>
        <translation>Peran %1 diubah.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <extracomment>%1 names a user.</extracomment>
        <translation>Kata sandi baru untuk %1 telah diatur.</translation>
    </message>
    <message>
        <source>Disable this user?</source>
        <translation>Nonaktifkan pengguna ini?</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <extracomment>%1 names a user.</extracomment>
        <translation>Nonaktifkan %1?</translation>
    </message>
    <message>
        <source>They will no longer be able to sign in: their key to the database is removed. Their name stays in the audit log. To let them work again, add a new account.</source>
        <translation>Pengguna ini tidak akan dapat masuk lagi: kuncinya ke basis data dihapus. Namanya tetap tercantum dalam log audit. Agar pengguna ini dapat bekerja lagi, tambahkan akun baru.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <extracomment>%1 names a user.</extracomment>
        <translation>%1 tidak dapat masuk lagi.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::VictimDecisionModel</name>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Korban</translation>
    </message>
    <message>
        <source>Leaves as</source>
        <extracomment>Column: how the victim leaves (identifiable, pseudonymised, refused).</extracomment>
        <translation>Dikirim sebagai</translation>
    </message>
    <message>
        <source>Code sent</source>
        <extracomment>Column: the code that is sent instead of a pseudonymised victim&apos;s name.</extracomment>
        <translation>Kode yang dikirim</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>lintas::ui::VictimProfileEditor</name>
    <message>
        <source>— not recorded —</source>
        <translation>— tidak dicatat —</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trafficking status:</source>
        <translation>Status korban perdagangan orang:</translation>
    </message>
    <message>
        <source>Status decided by:</source>
        <translation>Status ditetapkan oleh:</translation>
    </message>
    <message>
        <source>Relationship to trafficker:</source>
        <translation>Hubungan dengan pelaku perdagangan orang:</translation>
    </message>
    <message>
        <source>Age when trafficked:</source>
        <translation>Usia saat diperdagangkan:</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>Perekrutan</translation>
    </message>
    <message>
        <source>Recruitment methods:</source>
        <translation>Cara perekrutan:</translation>
    </message>
    <message>
        <source>Websites and apps:</source>
        <translation>Situs web dan aplikasi:</translation>
    </message>
    <message>
        <source>Control and exploitation</source>
        <translation>Pengendalian dan eksploitasi</translation>
    </message>
    <message>
        <source>Methods of control:</source>
        <translation>Cara pengendalian:</translation>
    </message>
    <message>
        <source>Types of exploitation:</source>
        <translation>Jenis eksploitasi:</translation>
    </message>
    <message>
        <source>Sexual exploitation:</source>
        <translation>Eksploitasi seksual:</translation>
    </message>
    <message>
        <source>Forced-labour industry:</source>
        <translation>Sektor kerja paksa:</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identifikasi</translation>
    </message>
    <message>
        <source>How identified:</source>
        <translation>Cara teridentifikasi:</translation>
    </message>
    <message>
        <source>Identified on:</source>
        <translation>Teridentifikasi pada:</translation>
    </message>
    <message>
        <source>Victim profile: %1</source>
        <extracomment>Heading of the side panel; %1 is the victim&apos;s name.</extracomment>
        <translation>Profil korban: %1</translation>
    </message>
</context>
<context>
    <name>lintas::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Lintas</source>
        <translation>Selamat datang di Lintas</translation>
    </message>
    <message>
        <source>Case management for cross-border human-trafficking investigations</source>
        <translation>Pengelolaan kasus untuk penyidikan tindak pidana perdagangan orang lintas negara</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>Bagaimana Anda ingin memulai?</translation>
    </message>
    <message>
        <source>Create the database for your agency</source>
        <translation>Buat basis data untuk instansi Anda</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation>Buka basis data yang sudah ada</translation>
    </message>
    <message>
        <source>Choose a Lintas database file on this computer or on a shared drive.</source>
        <translation>Pilih berkas basis data Lintas di komputer ini atau di drive bersama.</translation>
    </message>
    <message>
        <source>Create a demo database</source>
        <translation>Buat basis data demo</translation>
    </message>
    <message>
        <source>Invented cases, people and referrals, for training and for trying Lintas out.</source>
        <translation>Kasus, orang, dan rujukan rekaan untuk pelatihan dan uji coba Lintas.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>A demo database holds only invented people, cases, organisations and referrals, made up by Lintas for training and for trying it out. Do not record real cases in it.</source>
        <translation>Basis data demo hanya berisi orang, kasus, organisasi, dan rujukan rekaan yang dibuat oleh Lintas untuk pelatihan dan uji coba. Jangan mencatat kasus nyata di dalamnya.</translation>
    </message>
    <message>
        <source>About ten people per case. More cases take longer to create.</source>
        <translation>Sekitar sepuluh orang per kasus. Makin banyak kasus, makin lama waktu pembuatannya.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Jelajahi…</translation>
    </message>
    <message>
        <source>Number of &amp;cases:</source>
        <translation>&amp;Jumlah kasus:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>C&amp;reate demo database</source>
        <translation>Buat basis data &amp;demo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>New demo database</source>
        <translation>Basis data demo baru</translation>
    </message>
    <message>
        <source>Demo database file</source>
        <translation>Berkas basis data demo</translation>
    </message>
    <message>
        <source>Lintas databases (*.db);;All files (*)</source>
        <translation>Basis data Lintas (*.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>While a demo database is being made, this button stops it.</extracomment>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Enter the file for the demo database.</source>
        <translation>Masukkan berkas untuk basis data demo.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new file name: a demo database is never written into an existing file.</source>
        <translation>“%1” sudah ada. Pilih nama berkas baru: basis data demo tidak pernah ditulis ke berkas yang sudah ada.</translation>
    </message>
    <message>
        <source>Demo agency (synthetic data)</source>
        <translation>Instansi demo (data sintetis)</translation>
    </message>
    <message>
        <source>Creating the database…</source>
        <translation>Membuat basis data…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Berhenti setelah kelompok saat ini selesai…</translation>
    </message>
    <message>
        <source>Generating cases: %1 of %2…</source>
        <extracomment>%1 cases made so far, of %2.</extracomment>
        <translation>Membuat kasus: %1 dari %2…</translation>
    </message>
    <message>
        <source>Enter your agency&apos;s code, country and name, and make your administrator account. Every record created here carries your agency as its origin. The database will be “%1”, encrypted.</source>
        <translation>Masukkan kode, negara, dan nama instansi Anda, lalu buat akun administrator Anda. Setiap data yang dibuat di sini mencantumkan instansi Anda sebagai asalnya. Basis data akan dibuat di “%1” dan dienkripsi.</translation>
    </message>
    <message>
        <source>Your account in the demo database</source>
        <translation>Akun Anda di basis data demo</translation>
    </message>
    <message>
        <source>A demo database is encrypted and asks you to sign in, like a real one. Your account in it holds every role, so that you can try everything.</source>
        <translation>Basis data demo juga dienkripsi dan meminta Anda masuk, seperti basis data sungguhan. Akun Anda di dalamnya memiliki semua peran sehingga Anda dapat mencoba semua fitur.</translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation>Administrator demo</translation>
    </message>
</context>
</TS>
