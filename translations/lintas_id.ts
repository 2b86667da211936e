<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../ui/app/CommandLine.cpp" line="32"/>
        <source>Lintas: case management for cross-border human-trafficking investigations.</source>
        <translation>Lintas: pengelolaan kasus untuk penyidikan tindak pidana perdagangan orang lintas negara.</translation>
    </message>
    <message>
        <location filename="../ui/app/CommandLine.cpp" line="36"/>
        <source>Open the database at &lt;path&gt; (default: %1). A first-start dialog creates it when it does not exist.</source>
        <translation>Buka basis data di &lt;jalur&gt; (bawaan: %1). Jika belum ada, dialog awal akan membuatnya.</translation>
    </message>
    <message>
        <location filename="../ui/app/CommandLine.cpp" line="40"/>
        <source>path</source>
        <extracomment>Value name of --db; the description above writes it as &lt;path&gt;.</extracomment>
        <translation>jalur</translation>
    </message>
    <message>
        <location filename="../ui/app/CommandLine.cpp" line="42"/>
        <source>Use the language &lt;code&gt;, for example &quot;id&quot; for Bahasa Indonesia or &quot;en&quot; for English (default: the system language).</source>
        <translation>Gunakan bahasa &lt;kode&gt;, misalnya &quot;id&quot; untuk Bahasa Indonesia atau &quot;en&quot; untuk bahasa Inggris (bawaan: bahasa sistem).</translation>
    </message>
    <message>
        <location filename="../ui/app/CommandLine.cpp" line="45"/>
        <source>code</source>
        <extracomment>Value name of --lang; the description above writes it as &lt;code&gt;.</extracomment>
        <translation>kode</translation>
    </message>
    <message>
        <location filename="../ui/app/CommandLine.cpp" line="47"/>
        <source>Exit as soon as the main window has been shown (for benchmarks).</source>
        <translation>Keluar segera setelah jendela utama ditampilkan (untuk pengukuran kinerja).</translation>
    </message>
    <message>
        <location filename="../ui/app/CommandLine.cpp" line="49"/>
        <source>Save an image of the first window shown as PNG to &lt;file&gt;, then exit.</source>
        <translation>Simpan gambar jendela pertama yang ditampilkan sebagai PNG ke &lt;berkas&gt;, lalu keluar.</translation>
    </message>
    <message>
        <location filename="../ui/app/CommandLine.cpp" line="51"/>
        <source>file</source>
        <extracomment>Value name of --screenshot; the description writes it as &lt;file&gt;.</extracomment>
        <translation>berkas</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/common/ErrorText.cpp" line="9"/>
        <source>A value is not acceptable.</source>
        <translation>Ada nilai yang tidak dapat diterima.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorText.cpp" line="10"/>
        <source>The record or file does not exist.</source>
        <translation>Data atau berkas tersebut tidak ada.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorText.cpp" line="11"/>
        <source>It already exists.</source>
        <translation>Data atau berkas ini sudah ada.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorText.cpp" line="13"/>
        <source>Someone else changed this record in the meantime. Reload it and make your change again.</source>
        <translation>Data ini sudah diubah oleh pengguna lain sementara itu. Muat ulang data ini, lalu lakukan kembali perubahan Anda.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorText.cpp" line="14"/>
        <source>This change of status is not allowed.</source>
        <translation>Perubahan status ini tidak diizinkan.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorText.cpp" line="15"/>
        <source>It refers to a record that does not exist.</source>
        <translation>Data ini merujuk ke data lain yang tidak ada.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorText.cpp" line="16"/>
        <source>The file is not a Lintas database.</source>
        <translation>Berkas ini bukan basis data Lintas.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorText.cpp" line="18"/>
        <source>The database was written by a newer version of Lintas. Update Lintas to open it.</source>
        <translation>Basis data ini dibuat oleh versi Lintas yang lebih baru. Perbarui Lintas untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorText.cpp" line="19"/>
        <source>The file could not be read or written.</source>
        <translation>Berkas tidak dapat dibaca atau ditulis.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorText.cpp" line="20"/>
        <source>The database reported an error.</source>
        <translation>Basis data melaporkan kesalahan.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorText.cpp" line="21"/>
        <location filename="../ui/common/ErrorText.cpp" line="23"/>
        <source>An internal error occurred. Please report it.</source>
        <translation>Terjadi kesalahan internal. Mohon laporkan kesalahan ini.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorText.cpp" line="28"/>
        <source>Agency code</source>
        <translation>Kode instansi</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorText.cpp" line="30"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorText.cpp" line="32"/>
        <source>Agency name</source>
        <translation>Nama instansi</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorText.cpp" line="34"/>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorText.cpp" line="43"/>
        <source>%1: %2</source>
        <extracomment>%1 is the name of a field, %2 the sentence saying what is wrong with it.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorText.cpp" line="48"/>
        <source>Cannot use the file “%1”. %2</source>
        <extracomment>%1 is a file path, %2 the sentence saying what went wrong.</extracomment>
        <translation>Berkas “%1” tidak dapat digunakan. %2</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorText.cpp" line="55"/>
        <source>Technical detail: %1: %2</source>
        <extracomment>%1 is an error&apos;s machine name such as &quot;not-lintas-database&quot;, %2 a short English explanation.</extracomment>
        <translation>Rincian teknis: %1: %2</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <location filename="../ui/common/Translations.cpp" line="26"/>
        <source>lintas: there is no translation for “%1”; using English.</source>
        <translation>lintas: tidak ada terjemahan untuk “%1”; memakai bahasa Inggris.</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <location filename="../ui/common/Guard.cpp" line="18"/>
        <source>Lintas</source>
        <translation>Lintas</translation>
    </message>
    <message>
        <location filename="../ui/common/Guard.cpp" line="19"/>
        <source>An unexpected error stopped the last action, which may not have completed. If this happens again, please report it.</source>
        <translation>Kesalahan tak terduga menghentikan tindakan terakhir, sehingga tindakan itu mungkin belum selesai. Jika hal ini terulang, mohon laporkan.</translation>
    </message>
    <message>
        <location filename="../ui/common/Guard.cpp" line="22"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>lintas::ui::CountryModel</name>
    <message>
        <location filename="../ui/common/CountryModel.cpp" line="27"/>
        <source>%1 – %2</source>
        <extracomment>A country in a picker: %1 is the ISO alpha-3 code, %2 the English name.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/common/CountryModel.cpp" line="55"/>
        <source>%1 (%2)</source>
        <extracomment>A country on its own: %1 is the English name, %2 the ISO alpha-3 code.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>lintas::ui::FirstStartDialog</name>
    <message>
        <location filename="../ui/FirstStartDialog.cpp" line="64"/>
        <source>Create a Lintas database</source>
        <translation>Buat basis data Lintas</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartDialog.cpp" line="67"/>
        <source>Welcome to Lintas</source>
        <translation>Selamat datang di Lintas</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartDialog.cpp" line="77"/>
        <source>There is no database at “%1” yet. Enter the agency that will own it: every record created here carries this agency as its origin, also when it is shared with partner countries.</source>
        <translation>Belum ada basis data di “%1”. Masukkan instansi pemiliknya: setiap data yang dibuat di sini mencantumkan instansi ini sebagai asalnya, juga ketika data dibagikan kepada negara mitra.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartDialog.cpp" line="83"/>
        <source>for example BARESKRIM</source>
        <translation>misalnya BARESKRIM</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartDialog.cpp" line="95"/>
        <source>for example Bareskrim Polri</source>
        <translation>misalnya Bareskrim Polri</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartDialog.cpp" line="102"/>
        <source>Agency &amp;code:</source>
        <translation>&amp;Kode instansi:</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartDialog.cpp" line="103"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Negara:</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartDialog.cpp" line="104"/>
        <source>Agency &amp;name:</source>
        <translation>N&amp;ama instansi:</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartDialog.cpp" line="107"/>
        <source>C&amp;reate database</source>
        <translation>&amp;Buat basis data</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartDialog.cpp" line="110"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartDialog.cpp" line="156"/>
        <source>Enter the agency&apos;s code, for example BARESKRIM.</source>
        <translation>Masukkan kode instansi, misalnya BARESKRIM.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartDialog.cpp" line="157"/>
        <source>Use only capital letters A–Z, digits, “-” and “_”, at most 32 characters.</source>
        <translation>Gunakan hanya huruf kapital A–Z, angka, “-” dan “_”, paling banyak 32 karakter.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartDialog.cpp" line="161"/>
        <source>Choose the agency&apos;s country.</source>
        <translation>Pilih negara instansi.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartDialog.cpp" line="167"/>
        <source>Enter the agency&apos;s name.</source>
        <translation>Masukkan nama instansi.</translation>
    </message>
    <message>
        <location filename="../ui/FirstStartDialog.cpp" line="168"/>
        <source>The name is too long or contains characters that are not allowed.</source>
        <translation>Nama terlalu panjang atau memuat karakter yang tidak diizinkan.</translation>
    </message>
</context>
<context>
    <name>lintas::ui::StartWindow</name>
    <message>
        <location filename="../ui/StartWindow.cpp" line="53"/>
        <location filename="../ui/StartWindow.cpp" line="100"/>
        <location filename="../ui/StartWindow.cpp" line="330"/>
        <location filename="../ui/StartWindow.cpp" line="343"/>
        <source>Lintas</source>
        <translation>Lintas</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="75"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="76"/>
        <source>&amp;New database…</source>
        <translation>Basis data ba&amp;ru…</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="79"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Buka basis data…</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="83"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="88"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="89"/>
        <source>&amp;About Lintas</source>
        <translation>&amp;Tentang Lintas</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="102"/>
        <location filename="../ui/StartWindow.cpp" line="356"/>
        <source>Case management for cross-border human-trafficking investigations</source>
        <translation>Pengelolaan kasus untuk penyidikan tindak pidana perdagangan orang lintas negara</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="114"/>
        <source>Local agency</source>
        <extracomment>The agency that owns this database (core&apos;s &quot;local agency&quot;).</extracomment>
        <translation>Instansi pemilik</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="120"/>
        <source>Code:</source>
        <translation>Kode:</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="121"/>
        <source>Country:</source>
        <translation>Negara:</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="122"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="124"/>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="141"/>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="144"/>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="172"/>
        <source>New database…</source>
        <translation>Basis data baru…</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="178"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="243"/>
        <source>Open database</source>
        <translation>Buka basis data</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="244"/>
        <location filename="../ui/StartWindow.cpp" line="253"/>
        <source>Lintas databases (*.db);;All files (*)</source>
        <translation>Basis data Lintas (*.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="252"/>
        <source>New database</source>
        <translation>Basis data baru</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="272"/>
        <source>%1 — Lintas</source>
        <extracomment>Window title; %1 is the database&apos;s file name.</extracomment>
        <translation>%1 — Lintas</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="274"/>
        <source>Opened %1</source>
        <extracomment>Status bar; %1 is the database&apos;s path.</extracomment>
        <translation>Basis data dibuka: %1</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="286"/>
        <source>%1 · %2</source>
        <extracomment>Status bar; %1 is the ISO country code, %2 the agency code, e.g. &quot;IDN · BARESKRIM&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="298"/>
        <source>in this database</source>
        <extracomment>Under the number of cases, in the &quot;Cases&quot; box.</extracomment>
        <translation>dalam basis data ini</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="309"/>
        <source>The file has not been changed.</source>
        <translation>Berkas ini tidak diubah.</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="313"/>
        <location filename="../ui/StartWindow.cpp" line="323"/>
        <source>Cannot open the database</source>
        <translation>Basis data tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="317"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="328"/>
        <source>Open another…</source>
        <translation>Buka berkas lain…</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="331"/>
        <location filename="../ui/StartWindow.cpp" line="336"/>
        <location filename="../ui/StartWindow.cpp" line="344"/>
        <source>No database is open</source>
        <translation>Belum ada basis data yang dibuka</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="337"/>
        <source>Create a new database for your agency, or open an existing one.</source>
        <translation>Buat basis data baru untuk instansi Anda, atau buka basis data yang sudah ada.</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="341"/>
        <source>Open database…</source>
        <translation>Buka basis data…</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="349"/>
        <source>About Lintas</source>
        <translation>Tentang Lintas</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="355"/>
        <source>Lintas %1</source>
        <extracomment>%1 is the version number.</extracomment>
        <translation>Lintas %1</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="357"/>
        <source>Case, victim and referral fields follow the Human Trafficking Case Data Standard (HTCDS) 2.0 by IOM, CC BY 4.0.</source>
        <translation>Isian kasus, korban, dan rujukan mengikuti Human Trafficking Case Data Standard (HTCDS) 2.0 dari IOM, CC BY 4.0.</translation>
    </message>
    <message>
        <location filename="../ui/StartWindow.cpp" line="360"/>
        <source>Built with Qt %1.</source>
        <translation>Dibangun dengan Qt %1.</translation>
    </message>
</context>
</TS>
